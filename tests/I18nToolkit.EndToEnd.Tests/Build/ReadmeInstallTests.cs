using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using I18nToolkit.EndToEnd.Tests.TestSupport;
using Xunit;

namespace I18nToolkit.EndToEnd.Tests.Build
{
    /// <summary>
    /// The README's "Install in your project" section, run as written against the packed packages: its shell block
    /// (with the test's feed and package version), its Program.cs, dotnet run.
    /// </summary>
    [Trait("Category", "EndToEnd")]
    [Collection(PackedToolkitCollection.Name)]
    public class ReadmeInstallTests
    {
        private readonly PackedToolkit _toolkit;

        public ReadmeInstallTests(PackedToolkit toolkit) => _toolkit = toolkit;

        private static string Section()
        {
            string readme = File.ReadAllText(Path.Combine(DotNet.RepositoryRoot, "README.md"));
            int start = readme.IndexOf("## Install in your project", StringComparison.Ordinal);
            Assert.True(start >= 0, "README has no install section");
            int end = readme.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
            return readme.Substring(start, end - start);
        }

        private static string Block(string section, string language) =>
            Regex.Match(section, "```" + language + "\n(?<code>.*?)```", RegexOptions.Singleline) is { Success: true } m
                ? m.Groups["code"].Value
                : throw new InvalidOperationException("No ```" + language + " block in the install section.");

        /// <summary>Runs the section's shell block in <paramref name="parent"/>, then writes its Program.cs; returns the project folder.</summary>
        private async Task<string> FollowAsync(TempProject parent, string? extraCommands = null)
        {
            string section = Section();
            string shell = Block(section, "sh");
            Assert.Contains("../feed", shell, StringComparison.Ordinal);
            // The packages of this run carry a version of their own (a prerelease no cache has seen): name it.
            shell = Regex.Replace(shell, @"^(dotnet add package I18nToolkit[\w.]*)\s*$", "$1 --version " + _toolkit.Version, RegexOptions.Multiline);
            shell = shell.Replace("../feed", "\"" + _toolkit.Feed + "\"", StringComparison.Ordinal) + (extraCommands ?? string.Empty);
            string script = parent.Write("install.sh", "set -euo pipefail\n" + shell);
            var installed = await DotNet.RunExecutableAsync("bash", $"\"{script}\"", parent.Directory, TimeSpan.FromMinutes(5));
            Assert.True(installed.ExitCode == 0, installed.Output + installed.Error);

            string project = Path.Combine(parent.Directory, "Payroll");
            File.WriteAllText(Path.Combine(project, "Program.cs"), Block(section, "csharp"));
            return project;
        }

        [Fact]
        public async Task The_install_section_works_as_written()
        {
            using var parent = new TempProject("readme-install");
            string project = await FollowAsync(parent);

            var run = await DotNet.RunAsync("run", project, TimeSpan.FromMinutes(5));
            Assert.True(run.ExitCode == 0, run.Output + run.Error);
            string output = Regex.Replace(run.Output, @"\s+", " ");
            Assert.Contains("warn: Payroll[131] => Application=Payroll E131: Could not find files in inbox", output, StringComparison.Ordinal);
            Assert.Contains("Payroll-E131", File.ReadAllText(Path.Combine(project, "Resources", "Messages.resx")), StringComparison.Ordinal);

            // "add <I18nCultures>de</I18nCultures> to the project and the next build creates Resources/Messages.de.resx"
            string csproj = Path.Combine(project, "Payroll.csproj");
            File.WriteAllText(csproj, File.ReadAllText(csproj).Replace("</PropertyGroup>", "  <I18nCultures>de</I18nCultures>\n  </PropertyGroup>", StringComparison.Ordinal));
            var build = await DotNet.RunAsync("build -nologo", project, TimeSpan.FromMinutes(5));
            Assert.True(build.ExitCode == 0, build.Output + build.Error);
            Assert.Contains("Payroll-E131", File.ReadAllText(Path.Combine(project, "Resources", "Messages.de.resx")), StringComparison.Ordinal);
        }

        [Fact]
        public void Every_package_has_its_readme()
        {
            foreach (string package in PackedToolkit.Packages)
            {
                using var nupkg = System.IO.Compression.ZipFile.OpenRead(Path.Combine(_toolkit.Feed, $"{package}.{_toolkit.Version}.nupkg"));
                string nuspec = new StreamReader(nupkg.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEnd();
                Assert.Contains("<readme>README.md</readme>", nuspec, StringComparison.Ordinal);
                Assert.Contains("<repository type=\"git\" url=\"https://", nuspec, StringComparison.Ordinal);
                string readme = new StreamReader(nupkg.GetEntry("README.md")!.Open()).ReadToEnd();
                Assert.StartsWith("# " + package, readme, StringComparison.Ordinal);
                // The minimum versions the install section names are the packages' own dependency floors.
                if (package == "I18nToolkit")
                    Assert.Contains("id=\"Microsoft.Extensions.Logging.Abstractions\" version=\"8.0.3\"", nuspec, StringComparison.Ordinal);
                if (package == "I18nToolkit.Serilog")
                    Assert.Contains("id=\"Serilog\" version=\"3.1.1\"", nuspec, StringComparison.Ordinal);
            }

            string section = Section();
            Assert.Contains("Abstractions 8.0.3 and later", section, StringComparison.Ordinal);
            Assert.Contains("Serilog 3.1.1 and later", section, StringComparison.Ordinal);
        }

        [Fact]
        public async Task The_Serilog_package_works_on_Serilog_4_4()
        {
            using var parent = new TempProject("readme-serilog");
            string project = await FollowAsync(parent,
                $"dotnet add package I18nToolkit.Serilog --version {_toolkit.Version}\n" +
                "dotnet add package Serilog --version 4.4.0\ndotnet add package Serilog.Sinks.Console\n");
            File.WriteAllText(Path.Combine(project, "Program.cs"), @"using I18nToolkit.Context;
using I18nToolkit.Localization;
using Serilog;

using var logger = new LoggerConfiguration().Enrich.WithDiagnosticContext()
    .WriteTo.Console(outputTemplate: ""{Level:u3} {Message:lj} {MessageId} {Application}{NewLine}"").CreateLogger();
using (DiagnosticContext.Push(""Application"", ""Payroll""))
    logger.Localized().Warn(Messages.Loc.X(""E131: Could not find files in {Directory}"", ""inbox""));

static class Messages
{
    public static readonly Localizer Loc = Localizer.ForAssembly(typeof(Messages).Assembly);
}
");
            var run = await DotNet.RunAsync("run", project, TimeSpan.FromMinutes(5));
            Assert.True(run.ExitCode == 0, run.Output + run.Error);
            Assert.Contains("WRN E131: Could not find files in inbox E131 Payroll", run.Output, StringComparison.Ordinal);
            Assert.Contains("\"Serilog/4.4.0\"", File.ReadAllText(Path.Combine(project, "obj", "project.assets.json")).Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }
}
