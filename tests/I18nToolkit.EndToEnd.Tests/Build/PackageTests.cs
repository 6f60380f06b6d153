using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using I18nToolkit.EndToEnd.Tests.TestSupport;
using Xunit;

namespace I18nToolkit.EndToEnd.Tests.Build
{
    /// <summary>As a new user: pack the toolkit, add the package to a fresh console project, build, translate, run.</summary>
    [Trait("Category", "EndToEnd")]
    [Collection(PackedToolkitCollection.Name)]
    public class PackageTests
    {
        private readonly PackedToolkit _toolkit;

        public PackageTests(PackedToolkit toolkit) => _toolkit = toolkit;

        [Fact]
        public async Task A_new_console_project_with_the_package_generates_resources_and_speaks_german()
        {
            using var app = new TempProject("newuser");
            {
                var created = await DotNet.RunAsync("new console -n Payroll -o . --force", app.Directory);
                Assert.True(created.ExitCode == 0, created.Output + created.Error);
                var added = await DotNet.RunAsync($"add package I18nToolkit --version {_toolkit.Version} --source \"{_toolkit.Feed}\"", app.Directory);
                Assert.True(added.ExitCode == 0, added.Output + added.Error);
                File.WriteAllText(Path.Combine(app.Directory, "Program.cs"), @"using System.Globalization;
using I18nToolkit.Localization;
var loc = Localizer.ForAssembly(typeof(Program).Assembly);
if (args.Length > 0) CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(args[0]);
Console.WriteLine(loc.T(""E131: Could not find files with pattern {Pattern} in directory {Directory}"", ""*.csv"", ""/in""));
");
                string csproj = Path.Combine(app.Directory, "Payroll.csproj");
                File.WriteAllText(csproj, File.ReadAllText(csproj).Replace("</PropertyGroup>", "  <I18nCultures>de</I18nCultures>\n  </PropertyGroup>"));

                var first = await DotNet.RunAsync("build -nologo", app.Directory);
                Assert.True(first.ExitCode == 0, first.Output + first.Error);
                string neutral = Path.Combine(app.Directory, "Resources", "Messages.resx");
                string german = Path.Combine(app.Directory, "Resources", "Messages.de.resx");
                Assert.Contains("Payroll-E131", File.ReadAllText(neutral));

                XDocument doc = XDocument.Load(german, LoadOptions.PreserveWhitespace);
                doc.Root!.Elements("data").Single(d => (string?)d.Attribute("name") == "Payroll-E131").Element("value")!.Value =
                    "Keine Dateien mit Muster {Pattern} im Verzeichnis {Directory} gefunden";
                doc.Save(german);

                var second = await DotNet.RunAsync("build -nologo", app.Directory);
                Assert.True(second.ExitCode == 0, second.Output + second.Error);
                Assert.True(File.Exists(Path.Combine(app.Directory, "bin", "Debug", "net10.0", "de", "Payroll.resources.dll")));
                var english = await DotNet.RunAsync("run --no-build", app.Directory);
                var run = await DotNet.RunAsync("run --no-build -- de-DE", app.Directory);
                Assert.Contains("E131: Could not find files with pattern *.csv in directory /in", english.Output);
                Assert.Contains("E131: Keine Dateien mit Muster *.csv im Verzeichnis /in gefunden", run.Output);

                // The analyzers came with the package: a broken message fails the build with its rule ID.
                File.AppendAllText(Path.Combine(app.Directory, "Program.cs"), "Console.WriteLine(loc.T(\"E132: Missing {Argument}\"));\n");
                var broken = await DotNet.RunAsync("build -nologo", app.Directory);
                Assert.NotEqual(0, broken.ExitCode);
                Assert.Contains("error I18N0004", broken.Output);
            }
        }
    }
}
