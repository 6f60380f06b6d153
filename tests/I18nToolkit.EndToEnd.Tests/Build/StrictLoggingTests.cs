using System;
using System.Threading.Tasks;
using I18nToolkit.EndToEnd.Tests.TestSupport;
using Xunit;

namespace I18nToolkit.EndToEnd.Tests.Build
{
    /// <summary>Strict logging a level at a time, as a project with the package builds it.</summary>
    [Trait("Category", "EndToEnd")]
    [Collection(PackedToolkitCollection.Name)]
    public class StrictLoggingTests
    {
        private readonly PackedToolkit _toolkit;

        public StrictLoggingTests(PackedToolkit toolkit) => _toolkit = toolkit;

        private const string Program = @"using Microsoft.Extensions.Logging;
static class P
{
    static void M(ILogger log)
    {
        log.LogDebug(""Debug is left for later"");
        log.LogInformation(""Information too"");
        log.LogWarning(""Warnings are reported"");
    }
    static void Main() { }
}
";

        private TempProject Project(string minLevel) => _toolkit.CreateProject("Strict", @"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <I18nStrictLogging>true</I18nStrictLogging>
    <I18nStrictLoggingMinLevel>" + minLevel + @"</I18nStrictLoggingMinLevel>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include=""I18nToolkit"" Version=""$(Toolkit)"" />
  </ItemGroup>
</Project>");

        [Fact]
        public async Task Warning_reports_warnings_and_leaves_lower_levels()
        {
            using TempProject project = Project("Warning");
            project.Write("Program.cs", Program);

            var build = await DotNet.RunAsync("build -nologo", project.Directory, TimeSpan.FromMinutes(5));

            Assert.NotEqual(0, build.ExitCode);
            Assert.Contains("Program.cs(8,13): error I18N0006: LogWarning logs a plain string; log a localized message instead: log.Localized().Warn(Loc.X(\"W123: …\", …))", build.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("LogDebug logs", build.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("LogInformation logs", build.Output, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_level_that_is_no_level_stops_the_build_and_says_so()
        {
            using TempProject project = Project("Warnings");
            project.Write("Program.cs", "static class P { static void Main() { } }\n");

            var build = await DotNet.RunAsync("build -nologo", project.Directory, TimeSpan.FromMinutes(5));

            Assert.NotEqual(0, build.ExitCode);
            Assert.Contains("error I18NB008: I18nStrictLoggingMinLevel is 'Warnings', which is not a log level", build.Output, StringComparison.Ordinal);
        }
    }
}
