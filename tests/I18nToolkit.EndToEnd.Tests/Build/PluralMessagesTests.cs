using System;
using System.IO;
using System.Threading.Tasks;
using I18nToolkit.EndToEnd.Tests.TestSupport;
using Xunit;

namespace I18nToolkit.EndToEnd.Tests.Build
{
    /// <summary>
    /// A plural message in a project built from the packed package: the build extracts it, German and Polish
    /// translations choose their own forms at run time, and a Polish translation without <c>few</c> fails the build.
    /// </summary>
    [Trait("Category", "EndToEnd")]
    [Collection(PackedToolkitCollection.Name)]
    public class PluralMessagesTests
    {
        private readonly PackedToolkit _toolkit;

        public PluralMessagesTests(PackedToolkit toolkit) => _toolkit = toolkit;

        private const string Program = @"using System.Globalization;
using I18nToolkit.Localization;
var loc = Localizer.ForAssembly(typeof(Marker).Assembly);
CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(args[0]);
foreach (int n in new[] { 1, 2, 5, 22 })
    System.Console.WriteLine(loc.T(""I140: Moved {Count, plural, one {# file} other {# files}} to {Folder}"", n, ""/in""));
class Marker { }
";

        private static string Resx(string value) =>
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n  <data name=\"Plurals-I140\" xml:space=\"preserve\">\n    <value>" + value + "</value>\n  </data>\n</root>\n";

        private TempProject Create()
        {
            TempProject project = _toolkit.CreateProject("Plurals", @"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>Company.Plurals.App</RootNamespace>
    <I18nCultures>de;pl</I18nCultures>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include=""I18nToolkit"" Version=""$(Toolkit)"" />
  </ItemGroup>
</Project>");
            project.Write("Program.cs", Program);
            project.Write("Resources/Messages.de.resx", Resx("{Count, plural, one {# Datei} other {# Dateien}} nach {Folder} verschoben"));
            return project;
        }

        [Fact]
        public async Task Each_language_prints_its_own_form_for_1_2_5_and_22()
        {
            using TempProject project = Create();
            project.Write("Resources/Messages.pl.resx", Resx("Przeniesiono {Count, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}} do {Folder}"));

            var build = await DotNet.RunAsync("build -nologo", project.Directory, TimeSpan.FromMinutes(5));
            Assert.True(build.ExitCode == 0, build.Output + build.Error);
            Assert.Contains("<value>Moved {Count, plural, one {# file} other {# files}} to {Folder}</value>", File.ReadAllText(Path.Combine(project.Directory, "Resources", "Messages.resx")), StringComparison.Ordinal);

            var english = await DotNet.RunAsync("run --no-build -- en-US", project.Directory);
            Assert.Equal("I140: Moved 1 file to /in|I140: Moved 2 files to /in|I140: Moved 5 files to /in|I140: Moved 22 files to /in", Lines(english.Output));
            var german = await DotNet.RunAsync("run --no-build -- de-DE", project.Directory);
            Assert.Equal("I140: 1 Datei nach /in verschoben|I140: 2 Dateien nach /in verschoben|I140: 5 Dateien nach /in verschoben|I140: 22 Dateien nach /in verschoben", Lines(german.Output));
            var polish = await DotNet.RunAsync("run --no-build -- pl-PL", project.Directory);
            Assert.Equal("I140: Przeniesiono 1 plik do /in|I140: Przeniesiono 2 pliki do /in|I140: Przeniesiono 5 plików do /in|I140: Przeniesiono 22 pliki do /in", Lines(polish.Output));
        }

        [Fact]
        public async Task A_Polish_translation_without_few_fails_the_build_naming_it()
        {
            using TempProject project = Create();
            project.Write("Resources/Messages.pl.resx", Resx("Przeniesiono {Count, plural, one {# plik} many {# plików} other {# pliku}} do {Folder}"));

            var build = await DotNet.RunAsync("build -nologo", project.Directory, TimeSpan.FromMinutes(5));

            Assert.NotEqual(0, build.ExitCode);
            Assert.True(System.Text.RegularExpressions.Regex.IsMatch(build.Output, @"Messages\.pl\.resx\(3,4\): error I18N0014: The pl translation of Plurals-I140 is not used: its plurals or selects are not right \(\{Count, plural, \.\.\.\} must have the plural categories of pl \(one, few, many, other; exact matches such as =0 may be added\): missing few\)"), build.Output);
        }

        private static string Lines(string output) =>
            string.Join("|", output.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
