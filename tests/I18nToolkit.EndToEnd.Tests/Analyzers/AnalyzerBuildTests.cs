using System.IO;
using System.Threading.Tasks;
using I18nToolkit.EndToEnd.Tests.TestSupport;
using Xunit;

namespace I18nToolkit.EndToEnd.Tests.Analyzers
{
    /// <summary>The analyzers in a real <c>dotnet build</c>: a rule violation fails the build with the rule's ID.</summary>
    [Trait("Category", "EndToEnd")]
    public class AnalyzerBuildTests
    {
        private static string ProjectFile(string extra = "") => $@"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <I18nStrictLogging>true</I18nStrictLogging>
  </PropertyGroup>
  <ItemGroup>
    <CompilerVisibleProperty Include=""I18nStrictLogging"" />
    <ProjectReference Include=""{Path.Combine(DotNet.RepositoryRoot, "src", "I18nToolkit", "I18nToolkit.csproj")}"" />
    <ProjectReference Include=""{Path.Combine(DotNet.RepositoryRoot, "analyzers", "I18nToolkit.Analyzers", "I18nToolkit.Analyzers.csproj")}""
                      OutputItemType=""Analyzer"" ReferenceOutputAssembly=""false"" />
  </ItemGroup>
  {extra}
</Project>";

        private const string Messages = @"using I18nToolkit.Localization;
namespace Payroll;
internal static class Messages { public static readonly Localizer Loc = Localizer.ForAssembly(typeof(Messages).Assembly); }
";

        private const string Broken = @"using Microsoft.Extensions.Logging;
using static Payroll.Messages;
namespace Payroll;
public class Importer
{
    public string Describe(string pattern) => Loc.T(""E131: Could not find files with pattern {Pattern} in directory {Directory}"", pattern);
    public void Log(ILogger logger) => logger.LogWarning(""Encoding missing"");
}
";

        private const string Fixed = @"using I18nToolkit.Logging;
using Microsoft.Extensions.Logging;
using static Payroll.Messages;
namespace Payroll;
public class Importer
{
    public string Describe(string pattern, string dir) => Loc.T(""E131: Could not find files with pattern {Pattern} in directory {Directory}"", pattern, dir);
    public void Log(ILogger logger) => logger.Localized().Warn(Loc.X(""W132: Encoding missing""));
}
";

        [Fact]
        public async Task A_violation_fails_the_build_with_the_rule_id_and_the_fixed_code_builds()
        {
            using var project = new TempProject("analyzers");
            project.Write("Payroll.csproj", ProjectFile());
            project.Write("Messages.cs", Messages);
            string importer = project.Write("Importer.cs", Broken);

            var broken = await DotNet.RunAsync("build -nologo", project.Directory);
            Assert.NotEqual(0, broken.ExitCode);
            Assert.Contains("Importer.cs(6,", broken.Output);
            Assert.Contains("error I18N0004: Message E131 takes 2 argument(s) ({Pattern}, {Directory}) but 1 are passed", broken.Output);
            Assert.Contains("error I18N0006", broken.Output);

            File.WriteAllText(importer, Fixed);
            var built = await DotNet.RunAsync("build -nologo", project.Directory);
            Assert.True(built.ExitCode == 0, built.Output + built.Error);
            Assert.DoesNotContain("I18N00", built.Output);
        }

        [Fact]
        public async Task Editorconfig_sets_a_rules_severity()
        {
            using var project = new TempProject("severity");
            project.Write("Payroll.csproj", ProjectFile());
            project.Write("Messages.cs", Messages);
            project.Write("Importer.cs", Broken);
            project.Write(".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.I18N0004.severity = warning\ndotnet_diagnostic.I18N0006.severity = none\n");

            var result = await DotNet.RunAsync("build -nologo", project.Directory);

            Assert.True(result.ExitCode == 0, result.Output + result.Error);
            Assert.Contains("warning I18N0004", result.Output);
            Assert.DoesNotContain("I18N0006", result.Output);
        }
    }
}
