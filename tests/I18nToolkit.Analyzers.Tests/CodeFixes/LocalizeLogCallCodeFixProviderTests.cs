using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using I18nToolkit.Analyzers.Tests.TestSupport;
using I18nToolkit.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace I18nToolkit.Analyzers.Tests.CodeFixes
{
    public class LocalizeLogCallCodeFixProviderTests
    {
        private static readonly Dictionary<string, string> Strict = new() { ["I18nStrictLogging"] = "true" };

        private const string Loc = @"namespace App
{
    internal static class Messages
    {
        public static readonly I18nToolkit.Localization.Localizer Loc = new(""App"", null);
    }
}
";

        private static async Task<string> FixOne(string source)
        {
            using var harness = new CodeFixHarness();
            Project project = harness.AddProject("App", Strict, Loc, source);
            Solution fixedSolution = (await harness.FixFirstAsync(project, new LocalizeLogCallCodeFixProvider(), "I18N0006"))!;
            return (await fixedSolution.GetProject(project.Id)!.Documents.Single(d => d.Name == "File1.cs").GetTextAsync()).ToString();
        }

        [Fact]
        public async Task A_warning_gets_the_next_W_id_and_keeps_its_arguments()
        {
            string fixedText = await FixOne(@"using Microsoft.Extensions.Logging;
namespace App
{
    class Service
    {
        void M(ILogger logger, string pattern, string dir)
        {
            var old = Messages.Loc.X(""W100: Existing"");
            logger.LogWarning(""Could not find {Pattern} in {Directory}"", pattern, dir);
        }
    }
}");

            Assert.Contains(@"logger.Localized().Warn(Messages.Loc.X(""W101: Could not find {Pattern} in {Directory}"", pattern, dir));", fixedText);
            Assert.Contains("using I18nToolkit.Logging;", fixedText);
        }

        [Fact]
        public async Task The_exception_moves_behind_the_message_and_an_event_id_is_dropped()
        {
            string fixedText = await FixOne(@"using System;
using Microsoft.Extensions.Logging;
namespace App
{
    class Service
    {
        void M(ILogger logger, Exception ex, int n) => logger.LogError(new EventId(7), ex, ""Import failed after {Attempts} attempts"", n);
    }
}");

            Assert.Contains(@"logger.Localized().Error(Messages.Loc.X(""E100: Import failed after {Attempts} attempts"", n), ex);", fixedText);
        }

        [Fact]
        public async Task Serilog_calls_become_the_serilog_localized_logger()
        {
            string fixedText = await FixOne(@"namespace App
{
    class Service
    {
        void M(Serilog.ILogger log, string p) => log.Information(""Imported {Batch}"", p);
    }
}");

            Assert.Contains(@"log.Localized().Info(Messages.Loc.X(""I100: Imported {Batch}"", p));", fixedText);
            Assert.Contains("using Serilog;", fixedText);
        }

        [Fact]
        public async Task Without_a_localizer_in_the_project_no_fix_is_offered()
        {
            using var harness = new CodeFixHarness();
            Project project = harness.AddProject("App", Strict, @"using Microsoft.Extensions.Logging;
class C { void M(ILogger logger) => logger.LogWarning(""x""); }");

            Assert.Null(await harness.FixFirstAsync(project, new LocalizeLogCallCodeFixProvider(), "I18N0006"));
        }

        [Theory]
        [InlineData(FixAllScope.Document)]
        [InlineData(FixAllScope.Project)]
        [InlineData(FixAllScope.Solution)]
        public async Task Fix_all_assigns_distinct_ids_and_leaves_clean_code(FixAllScope scope)
        {
            const string a = @"using Microsoft.Extensions.Logging;
namespace App
{
    class A
    {
        void M(ILogger logger, int n)
        {
            logger.LogWarning(""First {N}"", n);
            logger.LogWarning(""Second"");
            logger.LogInformation(""Third"");
        }
    }
}";
            const string b = @"using Microsoft.Extensions.Logging;
namespace App
{
    class B { void M(ILogger logger) { logger.LogWarning(""Fourth""); logger.LogError(""Fifth""); } }
}";
            using var harness = new CodeFixHarness();
            Project project = harness.AddProject("App", Strict, Loc, a, b);
            Document start = project.Documents.Single(d => d.Name == "File1.cs");

            Solution solution = await harness.FixAllAsync(start, new LocalizeLogCallCodeFixProvider(), "I18N0006", "I18N0006.Localize", scope);

            Project fixedProject = solution.GetProject(project.Id)!;
            string all = string.Concat(await Task.WhenAll(fixedProject.Documents.Select(async d => (await d.GetTextAsync()).ToString())));
            var ids = System.Text.RegularExpressions.Regex.Matches(all, @"""([EWI]\d{3}): ").Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(ids.Distinct().Count(), ids.Count);
            Assert.Equal(scope == FixAllScope.Document ? 3 : 5, ids.Count);
            Assert.Contains("W100", ids);
            Assert.Contains("W101", ids);
            Compilation compilation = (await fixedProject.GetCompilationAsync())!;
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var remaining = await CodeFixHarness.DiagnosticsAsync(fixedProject, "I18N0002", "I18N0004", "I18N0005", "I18N0006");
            Assert.Equal(scope == FixAllScope.Document ? 2 : 0, remaining.Length);
        }
    }
}
