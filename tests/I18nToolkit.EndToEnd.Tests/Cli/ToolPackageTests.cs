using System;
using System.IO;
using System.Linq;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using I18nToolkit.EndToEnd.Tests.TestSupport;
using Xunit;

namespace I18nToolkit.EndToEnd.Tests.Cli
{
    /// <summary>
    /// The tool as a user installs it: packed (the primary package, this machine's ReadyToRun package and the
    /// framework-dependent <c>any</c> package), installed with dotnet tool, run as i18n.
    /// </summary>
    [Trait("Category", "EndToEnd")]
    public class ToolPackageTests : IClassFixture<ToolPackageTests.PackedTool>
    {
        private readonly PackedTool _tool;

        public ToolPackageTests(PackedTool tool) => _tool = tool;

        [Fact]
        public async Task The_packed_tool_installs_and_checks_a_project()
        {
            string tools = await _tool.InstallAsync("I18nToolkit.Cli");
            await ExtractsAndChecks(Path.Combine(tools, "i18n"));
        }

        [Fact]
        public async Task The_installed_tool_is_this_machines_ReadyToRun_build()
        {
            string tools = await _tool.InstallAsync("I18nToolkit.Cli");

            // The command resolves into the RID-specific package, whose assemblies carry precompiled code the
            // .NET 10 runtime uses from the first call (start-up without JIT for the tool's own code).
            string target = new FileInfo(Path.Combine(tools, "i18n")).ResolveLinkTarget(returnFinalTarget: true)?.FullName
                ?? Directory.GetFiles(Path.Combine(tools, ".store"), "i18n.dll", SearchOption.AllDirectories).Single();
            string folder = Path.GetDirectoryName(target)!;
            Assert.Contains(RuntimeInformation.RuntimeIdentifier, folder, StringComparison.Ordinal);
            foreach (string assembly in new[] { "i18n.dll", "Serilog.Expressions.dll", "Microsoft.CodeAnalysis.CSharp.dll" })
                Assert.True(IsReadyToRun(Path.Combine(folder, assembly)), assembly + " is not ReadyToRun code");
        }

        [Fact]
        public async Task The_framework_dependent_package_runs_where_no_RID_package_fits()
        {
            // What a machine outside the package's RIDs gets: the portable build, run by dotnet.
            string tools = await _tool.InstallAsync("I18nToolkit.Cli.any");
            string dll = Directory.GetFiles(Path.Combine(tools, ".store"), "i18n.dll", SearchOption.AllDirectories).Single();
            Assert.Contains(Path.Combine("tools", "net10.0", "any"), dll, StringComparison.Ordinal);
            Assert.False(IsReadyToRun(dll));
            await ExtractsAndChecks(Path.Combine(tools, "i18n"));
        }

        private static async Task ExtractsAndChecks(string i18n)
        {
            using var project = new TempProject("toolproject");
            project.Write("App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><I18nCultures>de</I18nCultures></PropertyGroup></Project>");
            project.Write("Program.cs", "class P { static void M(object a) { Loc.X(\"E100: Could not open {File}\", a); } }");

            var extract = await DotNet.RunExecutableAsync(i18n, $"extract \"{project.Directory}\"");
            var check = await DotNet.RunExecutableAsync(i18n, $"check \"{project.Directory}\" --fail-on missing");

            Assert.True(extract.ExitCode == 0, extract.Output + extract.Error);
            Assert.Contains("1 messages from 1 files", extract.Output, StringComparison.Ordinal);
            Assert.Equal(1, check.ExitCode);
            Assert.Contains("de: 0 translated, 1 missing", check.Output, StringComparison.Ordinal);
        }

        private static bool IsReadyToRun(string path)
        {
            using var reader = new PEReader(File.OpenRead(path));
            return reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
        }

        /// <summary>
        /// Packs the tool once for the class: the primary package and, of the RID packages, this machine's and
        /// <c>any</c> (packing every RID's ReadyToRun build takes minutes and shows nothing more on one machine).
        /// </summary>
        public sealed class PackedTool : IAsyncLifetime
        {
            private readonly TempProject _feed = new TempProject("toolfeed");
            private readonly string _version = "0.1.0-e2e" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");

            public async Task InitializeAsync()
            {
                string rids = RuntimeInformation.RuntimeIdentifier + ";any";
                var pack = await DotNet.RunAsync(
                    $"pack src/I18nToolkit.Cli -nologo -o \"{_feed.Directory}\" -p:Version={_version} \"-p:ToolPackageRuntimeIdentifiers=\\\"{rids}\\\"\"",
                    timeout: TimeSpan.FromMinutes(8));
                Assert.True(pack.ExitCode == 0, pack.Output + pack.Error);
            }

            /// <summary>Installs <paramref name="packageId"/> into a tool path of its own and returns the path.</summary>
            public async Task<string> InstallAsync(string packageId)
            {
                string tools = Path.Combine(_feed.Directory, "tools-" + packageId + "-" + Guid.NewGuid().ToString("N"));
                var install = await DotNet.RunAsync($"tool install {packageId} --version {_version} --tool-path \"{tools}\" --add-source \"{_feed.Directory}\"");
                Assert.True(install.ExitCode == 0, install.Output + install.Error);
                return tools;
            }

            public Task DisposeAsync()
            {
                _feed.Dispose();
                return Task.CompletedTask;
            }
        }
    }
}
