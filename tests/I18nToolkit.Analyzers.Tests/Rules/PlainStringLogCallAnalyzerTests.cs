using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;
using static I18nToolkit.Analyzers.Tests.TestSupport.AnalyzerHarness;

namespace I18nToolkit.Analyzers.Tests.Rules
{
    public class PlainStringLogCallAnalyzerTests
    {
        private static readonly string[] Id = { "I18N0006" };
        private static readonly Dictionary<string, string> Strict = new() { ["I18nStrictLogging"] = "true" };

        private const string Source = Usings + @"
class C
{
    void M(ILogger logger, Serilog.ILogger serilog, Exception ex, string p)
    {
        logger.{|I18N0006:LogWarning|}(""Could not find files"");
        logger.{|I18N0006:LogError|}(ex, ""Failed for {Pattern}"", p);
        logger.{|I18N0006:Log|}(LogLevel.Information, ""Level given"");
        logger.{|I18N0006:Log|}(LogLevel.Information, new EventId(1), ""state"", null, (s, e) => s);
        serilog.{|I18N0006:Information|}(""Serilog {Pattern}"", p);
        Serilog.Log.{|I18N0006:Warning|}(ex, ""Static Serilog"");
        logger.Localized().Warn(Messages.Loc.X(""E100: Localized {Pattern}"", p));
        Serilog.SerilogLocalizedLoggerExtensions.Localized(serilog).Warn(Messages.Loc.X(""E100: Localized {Pattern}"", p));
        using (logger.BeginScope(""Scopes are not log calls"")) { }
        logger.IsEnabled(LogLevel.Debug);
    }
}";

        [Fact]
        public Task In_strict_projects_plain_string_log_calls_are_errors_at_the_method_name() => VerifyAsync(Source, Id, Strict);

        [Fact]
        public Task Without_strict_logging_nothing_is_reported() => VerifyAsync(Parse(Source).Source, Id);

        [Fact]
        public async Task The_message_points_at_the_localized_call()
        {
            var diagnostics = await VerifyAsync(Usings + @"
class C { void M(ILogger log) => log.{|I18N0006:LogWarning|}(""x""); }", Id, Strict);

            Assert.Contains(diagnostics, d => d.GetMessage() == "LogWarning logs a plain string; log a localized message instead: log.Localized().Warn(Loc.X(\"E123: …\", …))");
        }
    }
}
