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

            Assert.Contains(diagnostics, d => d.GetMessage() == "LogWarning logs a plain string; log a localized message instead: log.Localized().Warn(Loc.X(\"W123: …\", …))");
        }

        [Theory]
        [InlineData("log.{|I18N0006:LogInformation|}(\"x\")", "I")]
        [InlineData("log.{|I18N0006:LogDebug|}(\"x\")", "I")]
        [InlineData("log.{|I18N0006:LogError|}(\"x\")", "E")]
        [InlineData("log.{|I18N0006:LogCritical|}(\"x\")", "E")]
        [InlineData("log.{|I18N0006:Log|}(LogLevel.Warning, \"x\")", "W")]
        [InlineData("serilog.{|I18N0006:Fatal|}(\"x\")", "E")]
        public async Task The_message_suggests_the_ID_letter_of_the_level(string call, string letter)
        {
            var diagnostics = await VerifyAsync(Usings + "class C { void M(ILogger log, Serilog.ILogger serilog) => " + call + "; }", Id, Strict);

            Assert.Contains($"(Loc.X(\"{letter}123: …\", …))", Assert.Single(diagnostics, d => d.Id == "I18N0006").GetMessage());
        }

        private const string Levels = Usings + @"
class C
{
    void M(ILogger log, Serilog.ILogger serilog, LogLevel runtime)
    {
        log.LogTrace(""t"");
        log.LogDebug(""d"");
        log.LogInformation(""i"");
        serilog.Information(""i"");
        log.Log(LogLevel.Information, ""i"");
        log.{|I18N0006:LogWarning|}(""w"");
        serilog.{|I18N0006:Warning|}(""w"");
        log.{|I18N0006:LogError|}(""e"");
        log.{|I18N0006:Log|}(LogLevel.Critical, ""c"");
        log.{|I18N0006:Log|}(runtime, ""a level known only at run time is reported"");
    }
}";

        [Theory]
        [InlineData("Warning")]
        [InlineData("warning")]
        [InlineData(" Warn ")]
        public Task A_minimum_level_leaves_the_calls_below_it_for_later(string minLevel) =>
            VerifyAsync(Levels, Id, new Dictionary<string, string> { ["I18nStrictLogging"] = "true", ["I18nStrictLoggingMinLevel"] = minLevel });

        [Fact]
        public async Task Trace_the_default_reports_every_level()
        {
            var diagnostics = await RunAsync(Compile(Parse(Levels).Source), buildProperties: new Dictionary<string, string> { ["I18nStrictLogging"] = "true" });
            Assert.Equal(10, System.Linq.Enumerable.Count(diagnostics, d => d.Id == "I18N0006"));
        }
    }
}
