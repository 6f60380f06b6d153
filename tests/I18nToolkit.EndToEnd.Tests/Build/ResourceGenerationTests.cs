using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using I18nToolkit.EndToEnd.Tests.TestSupport;
using Xunit;

namespace I18nToolkit.EndToEnd.Tests.Build
{
    /// <summary>
    /// The build's resource generation in a real project, through the toolkit's props and targets: extraction into the
    /// neutral .resx, merge into the culture files, satellite assemblies, and the merge rules over several builds.
    /// </summary>
    [Trait("Category", "EndToEnd")]
    public class ResourceGenerationTests
    {
        private static string Root => DotNet.RepositoryRoot;

        private static string ProjectFile => $@"<Project Sdk=""Microsoft.NET.Sdk"">
  <Import Project=""{Root}/msbuild/build/I18nToolkit.props"" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <I18nCultures>de</I18nCultures>
    <I18nToolkitTaskAssembly>{Root}/msbuild/I18nToolkit.Build/bin/Debug/netstandard2.0/I18nToolkit.Build.dll</I18nToolkitTaskAssembly>
    <I18nToolkitTaskHost>true</I18nToolkitTaskHost>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include=""{Root}/src/I18nToolkit/I18nToolkit.csproj"" />
  </ItemGroup>
  <Import Project=""{Root}/msbuild/build/I18nToolkit.targets"" />
</Project>";

        private static string Program(string e131) => $@"using System.Globalization;
using I18nToolkit.Localization;
var loc = Localizer.ForAssembly(typeof(Marker).Assembly);
CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(args.Length > 0 ? args[0] : ""en-US"");
System.Console.WriteLine(loc.T(""{e131}"", ""*.csv"", ""/in""));
System.Console.WriteLine(loc.T(""I100: Started with {{Count}} messages"", 3));
class Marker {{ }}
";

        private static XElement Entry(string file, string key) =>
            XDocument.Load(file).Root!.Elements("data").Single(d => (string?)d.Attribute("name") == key);

        [Fact]
        public async Task Generate_translate_change_and_remove_over_several_builds()
        {
            using var project = new TempProject("resgen");
            project.Write("App.csproj", ProjectFile);
            string program = project.Write("Program.cs", Program("E131: Could not find files with pattern {Pattern} in directory {Directory}"));
            string neutral = Path.Combine(project.Directory, "Resources", "Messages.resx");
            string german = Path.Combine(project.Directory, "Resources", "Messages.de.resx");

            // 1. First build: the neutral file appears with the messages; the configured culture gets untranslated entries.
            var first = await DotNet.RunAsync("build -nologo", project.Directory);
            Assert.True(first.ExitCode == 0, first.Output + first.Error);
            Assert.Equal("Could not find files with pattern {Pattern} in directory {Directory}", (string?)Entry(neutral, "App-E131").Element("value"));
            Assert.Contains("Used at Program.cs:5.", (string?)Entry(neutral, "App-E131").Element("comment"));
            Assert.Equal("", (string?)Entry(german, "App-E131").Element("value"));
            Assert.StartsWith("[i18n untranslated]", (string?)Entry(german, "App-E131").Element("comment"));

            // 2. A translator fills in German; the next build makes a satellite assembly and the app speaks German.
            XDocument doc = XDocument.Load(german, LoadOptions.PreserveWhitespace);
            doc.Root!.Elements("data").Single(d => (string?)d.Attribute("name") == "App-E131").Element("value")!.Value =
                "Keine Dateien mit Muster {Pattern} im Verzeichnis {Directory} gefunden";
            doc.Save(german);
            var second = await DotNet.RunAsync("build -nologo", project.Directory);
            Assert.True(second.ExitCode == 0, second.Output + second.Error);
            Assert.True(File.Exists(Path.Combine(project.Directory, "bin", "Debug", "net10.0", "de", "App.resources.dll")));
            var run = await DotNet.RunAsync("run --no-build -- de-DE", project.Directory);
            Assert.Contains("E131: Keine Dateien mit Muster *.csv im Verzeichnis /in gefunden", run.Output);
            Assert.Contains("I100: Started with 3 messages", run.Output); // untranslated: English
            Assert.StartsWith("[i18n source=", (string?)Entry(german, "App-E131").Element("comment"));

            // 3. Building again without changes rewrites nothing.
            DateTime neutralStamp = File.GetLastWriteTimeUtc(neutral), germanStamp = File.GetLastWriteTimeUtc(german);
            var third = await DotNet.RunAsync("build -nologo", project.Directory);
            Assert.True(third.ExitCode == 0, third.Output + third.Error);
            Assert.Equal(neutralStamp, File.GetLastWriteTimeUtc(neutral));
            Assert.Equal(germanStamp, File.GetLastWriteTimeUtc(german));

            // 4. The English text changes: the German entry is kept and marked stale.
            File.WriteAllText(program, Program("E131: Found no files matching {Pattern} in {Directory}"));
            var fourth = await DotNet.RunAsync("build -nologo", project.Directory);
            Assert.True(fourth.ExitCode == 0, fourth.Output + fourth.Error);
            Assert.Equal("Keine Dateien mit Muster {Pattern} im Verzeichnis {Directory} gefunden", (string?)Entry(german, "App-E131").Element("value"));
            Assert.Contains("[i18n stale]", (string?)Entry(german, "App-E131").Element("comment"));

            // 5. The message leaves the code: the entry stays, marked obsolete.
            File.WriteAllText(program, Program("E132: Something else {Pattern} {Directory}"));
            var fifth = await DotNet.RunAsync("build -nologo", project.Directory);
            Assert.True(fifth.ExitCode == 0, fifth.Output + fifth.Error);
            Assert.Equal("Keine Dateien mit Muster {Pattern} im Verzeichnis {Directory} gefunden", (string?)Entry(german, "App-E131").Element("value"));
            Assert.Contains("[i18n obsolete]", (string?)Entry(german, "App-E131").Element("comment"));
            Assert.DoesNotContain(XDocument.Load(neutral).Root!.Elements("data"), d => (string?)d.Attribute("name") == "App-E131");
        }

        [Fact]
        public async Task A_culture_file_with_a_typed_entry_fails_the_build_with_its_line_and_is_left_untouched()
        {
            using var project = new TempProject("resgen-bad");
            project.Write("App.csproj", ProjectFile);
            project.Write("Program.cs", Program("E131: Could not find {Pattern} in {Directory}"));
            const string bad = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n  <data name=\"App-E131\" type=\"System.Int32, mscorlib\">\n    <value>1</value>\n  </data>\n</root>\n";
            string german = project.Write("Resources/Messages.de.resx", bad);

            var result = await DotNet.RunAsync("build -nologo", project.Directory);

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("Messages.de.resx(3,4): error I18NB003: Entry 'App-E131' has type 'System.Int32, mscorlib'; only string entries are allowed. The file was not changed.", result.Output);
            Assert.Equal(bad, File.ReadAllText(german));
        }

        [Fact]
        public async Task Two_builds_at_once_leave_valid_files()
        {
            using var project = new TempProject("resgen-concurrent");
            project.Write("App.csproj", ProjectFile);
            project.Write("Program.cs", Program("E131: Could not find {Pattern} in {Directory}"));
            var restore = await DotNet.RunAsync("restore -nologo", project.Directory);
            Assert.True(restore.ExitCode == 0, restore.Output);

            await Task.WhenAll(
                DotNet.RunAsync("build -nologo --no-restore -p:BuildProjectReferences=false", project.Directory),
                DotNet.RunAsync("build -nologo --no-restore -p:BuildProjectReferences=false", project.Directory));

            // Whatever the two builds did to each other's obj folder, the resource files are whole and complete.
            foreach (string name in new[] { "Messages.resx", "Messages.de.resx" })
            {
                XDocument doc = XDocument.Load(Path.Combine(project.Directory, "Resources", name));
                Assert.Equal(new[] { "App-E131", "App-I100" }, doc.Root!.Elements("data").Select(d => (string?)d.Attribute("name")).OrderBy(n => n));
            }

            Assert.Empty(Directory.GetFiles(Path.Combine(project.Directory, "Resources"), "*.tmp"));
        }
    }
}
