using System;
using System.IO;
using System.Threading.Tasks;
using I18nToolkit.EndToEnd.Tests.TestSupport;
using Xunit;

namespace I18nToolkit.EndToEnd.Tests.Cli
{
    /// <summary>The tool as a user installs it: packed, installed with dotnet tool, run as i18n.</summary>
    [Trait("Category", "EndToEnd")]
    public class ToolPackageTests
    {
        [Fact]
        public async Task The_packed_tool_installs_and_checks_a_project()
        {
            string version = "0.1.0-e2e" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");
            using var feed = new TempProject("toolfeed");
            var pack = await DotNet.RunAsync($"pack src/I18nToolkit.Cli -nologo -o \"{feed.Directory}\" -p:Version={version}", timeout: TimeSpan.FromMinutes(5));
            Assert.True(pack.ExitCode == 0, pack.Output + pack.Error);

            string tools = Path.Combine(feed.Directory, "tools");
            var install = await DotNet.RunAsync($"tool install I18nToolkit.Cli --version {version} --tool-path \"{tools}\" --add-source \"{feed.Directory}\"");
            Assert.True(install.ExitCode == 0, install.Output + install.Error);

            using var project = new TempProject("toolproject");
            project.Write("App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><I18nCultures>de</I18nCultures></PropertyGroup></Project>");
            project.Write("Program.cs", "class P { static void M(object a) { Loc.X(\"E100: Could not open {File}\", a); } }");
            string i18n = Path.Combine(tools, "i18n");

            var extract = await DotNet.RunExecutableAsync(i18n, $"extract \"{project.Directory}\"");
            var check = await DotNet.RunExecutableAsync(i18n, $"check \"{project.Directory}\" --fail-on missing");

            Assert.True(extract.ExitCode == 0, extract.Output + extract.Error);
            Assert.Contains("1 messages from 1 files", extract.Output, StringComparison.Ordinal);
            Assert.Equal(1, check.ExitCode);
            Assert.Contains("de: 0 translated, 1 missing", check.Output, StringComparison.Ordinal);
        }
    }
}
