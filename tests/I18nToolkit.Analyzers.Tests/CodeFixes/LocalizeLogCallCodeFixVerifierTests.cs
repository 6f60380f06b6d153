using System.Collections.Generic;
using System.Threading.Tasks;
using I18nToolkit.Analyzers.Rules;
using I18nToolkit.Analyzers.Tests.TestSupport;
using I18nToolkit.CodeFixes;
using Microsoft.CodeAnalysis;
using Xunit;
using Verify = I18nToolkit.Analyzers.Tests.TestSupport.CodeFixVerifier<I18nToolkit.Analyzers.Rules.PlainStringLogCallAnalyzer, I18nToolkit.CodeFixes.LocalizeLogCallCodeFixProvider>;

namespace I18nToolkit.Analyzers.Tests.CodeFixes
{
    /// <summary>The log-call fix through Microsoft.CodeAnalysis.Testing: fixed code compiles, fixes iterate, Fix All in every scope.</summary>
    public class LocalizeLogCallCodeFixVerifierTests
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

        [Fact]
        public Task Each_level_gets_its_letter_and_the_arguments_become_holes() => Verify.VerifyAsync(@"using System;
using Microsoft.Extensions.Logging;
namespace App
{
    class Service
    {
        void M(ILogger logger, Exception ex, string pattern, int n)
        {
            logger.{|I18N0006:LogWarning|}(""Could not find {Pattern}"", pattern);
            logger.{|I18N0006:LogError|}(new EventId(7), ex, ""Import failed after {Attempts} attempts"", n);
            logger.{|I18N0006:LogInformation|}(""Imported"");
            logger.{|I18N0006:Log|}(LogLevel.Critical, ""Stopped"");
        }
    }
}", @"using System;
using Microsoft.Extensions.Logging;
using I18nToolkit.Logging;

namespace App
{
    class Service
    {
        void M(ILogger logger, Exception ex, string pattern, int n)
        {
            logger.Localized().Warn(Messages.Loc.X(""W100: Could not find {Pattern}"", pattern));
            logger.Localized().Error(Messages.Loc.X(""E100: Import failed after {Attempts} attempts"", n), ex);
            logger.Localized().Info(Messages.Loc.X(""I100: Imported""));
            logger.Localized().Log(LogLevel.Critical, Messages.Loc.X(""E101: Stopped""));
        }
    }
}", Strict, iterations: 4, Loc);

        [Fact]
        public Task Literals_joined_with_plus_become_one_message() => Verify.VerifyAsync(@"using Microsoft.Extensions.Logging;
namespace App
{
    class Service
    {
        void M(ILogger logger, string dir) => logger.{|I18N0006:LogWarning|}(""Could not read "" + ""the folder {Directory}"", dir);
    }
}", @"using Microsoft.Extensions.Logging;
using I18nToolkit.Logging;

namespace App
{
    class Service
    {
        void M(ILogger logger, string dir) => logger.Localized().Warn(Messages.Loc.X(""W100: Could not read the folder {Directory}"", dir));
    }
}", Strict, null, Loc);

        [Fact]
        public Task Serilog_calls_become_the_serilog_localized_logger() => Verify.VerifyAsync(@"namespace App
{
    class Service
    {
        void M(Serilog.ILogger log, string p) => log.{|I18N0006:Information|}(""Imported {Batch}"", p);
    }
}", @"using Serilog;

namespace App
{
    class Service
    {
        void M(Serilog.ILogger log, string p) => log.Localized().Info(Messages.Loc.X(""I100: Imported {Batch}"", p));
    }
}", Strict, null, Loc);

        [Theory]
        [InlineData("logger.LogWarning(text)")]
        [InlineData("logger.LogWarning($\"Could not read {dir}\")")]
        [InlineData("logger.LogWarning(\"Could not read \" + dir)")]
        public async Task No_fix_is_offered_where_it_could_not_act(string call)
        {
            // A computed message needs a person to write its template: the fix
            // would change nothing, so it is not offered.
            using var harness = new CodeFixHarness();
            Project project = harness.AddProject("App", Strict, Loc, @"using Microsoft.Extensions.Logging;
namespace App
{
    class Service
    {
        void M(ILogger logger, string text, string dir) => " + call + @";
    }
}");
            Assert.NotEmpty(await CodeFixHarness.DiagnosticsAsync(project, "I18N0006"));
            Assert.Null(await harness.FixFirstAsync(project, new LocalizeLogCallCodeFixProvider(), "I18N0006"));
        }
    }
}
