using System;
using System.Linq;
using I18nToolkit.Localization;
using I18nToolkit.Logging;
using I18nToolkit.Serilog.Tests.TestSupport;
using I18nToolkit.Tests.TestSupport;
using Serilog;
using Serilog.Context;
using Serilog.Events;
using Xunit;

namespace I18nToolkit.Serilog.Tests.Logging
{
    public class SerilogLocalizedLoggerTests
    {
        private const string E100 = "E100: Could not find files with pattern {Pattern} in directory {Directory}";
        private static readonly Localizer Loc = Localizer.ForAssembly(typeof(SerilogLocalizedLoggerTests).Assembly);

        private static (SerilogLocalizedLogger Logger, CapturingSink Sink) Create(LogEventLevel minimum = LogEventLevel.Verbose)
        {
            var sink = new CapturingSink();
            var logger = new LoggerConfiguration().MinimumLevel.Is(minimum).Enrich.FromLogContext().WriteTo.Sink(sink).CreateLogger();
            return (logger.Localized(), sink);
        }

        [Fact]
        public void Holes_become_properties_and_the_id_identifies_the_event()
        {
            using var _ = new CultureScope("en-US");
            var (log, sink) = Create();

            log.Warn(Loc.X(E100, "*.csv", "/in"));

            LogEvent e = Assert.Single(sink.Events).Event;
            Assert.Equal(LogEventLevel.Warning, e.Level);
            Assert.Equal("\"*.csv\"", e.Properties["Pattern"].ToString());
            Assert.Equal("\"/in\"", e.Properties["Directory"].ToString());
            Assert.Equal("\"E100\"", e.Properties["MessageId"].ToString());
            Assert.Equal("\"I18nToolkit.Serilog.Tests\"", e.Properties["MessagePrefix"].ToString());
            // Lean: MessagePrefix + MessageId give the English text, every template and the event type; nothing repeats them.
            Assert.Equal(new[] { "Directory", "MessageId", "MessagePrefix", "Pattern" }, e.Properties.Keys.OrderBy(k => k, StringComparer.Ordinal));
            Assert.Equal(E100, e.MessageTemplate.Text);
        }

        [Fact]
        public void The_event_renders_in_the_culture_current_when_the_logger_was_made()
        {
            using var _ = new CultureScope("de-DE");
            var (log, sink) = Create();

            log.Info(Loc.X(E100, "*.csv", "/in"));

            var (e, rendered) = Assert.Single(sink.Events);
            Assert.Equal("E100: In \"/in\" keine Dateien mit Muster \"*.csv\"", rendered);
            Assert.Equal("E100: In {Directory} keine Dateien mit Muster {Pattern}", e.MessageTemplate.Text);
            Assert.False(e.Properties.ContainsKey("EnglishFormat"));
        }

        [Fact]
        public void Events_are_written_in_the_log_culture_whatever_the_culture_of_the_code_that_logs()
        {
            var (plain, sink) = Create();
            SerilogLocalizedLogger log = plain.Logger.Localized(new LocalizedLoggingOptions { Culture = System.Globalization.CultureInfo.GetCultureInfo("de-DE") });
            using var _ = new CultureScope("fr-FR"); // a request in French

            log.Info(Loc.X(E100, "*.csv", "/in"));

            Assert.Equal("E100: In \"/in\" keine Dateien mit Muster \"*.csv\"", Assert.Single(sink.Events).Rendered);
            Assert.Equal("de-DE", log.Culture.Name);
        }

        [Theory]
        [InlineData("en-US", 1, "I140: Moved 1 file to \"/in\"")]
        [InlineData("en-US", 3, "I140: Moved 3 files to \"/in\"")]
        [InlineData("de-DE", 1, "I140: 1 Datei nach \"/in\" verschoben")]
        [InlineData("de-DE", 3, "I140: 3 Dateien nach \"/in\" verschoben")]
        public void A_plural_renders_the_branch_its_count_chooses_and_keeps_the_whole_template(string culture, int count, string expected)
        {
            using var _ = new CultureScope(culture);
            var (log, sink) = Create();

            log.Info(Loc.X("I140: Moved {Count, plural, one {# file} other {# files}} to {Folder}", count, "/in"));

            var (e, rendered) = Assert.Single(sink.Events);
            Assert.Equal(expected, rendered);
            Assert.Equal(count.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Properties["Count"].ToString());
            Assert.Contains("{Count, plural, one {# ", e.MessageTemplate.Text);
        }

        [Fact]
        public void Capture_prefixes_destructure_and_stringify()
        {
            var (log, sink) = Create();

            log.Info(Loc.X("E101: {@Order} by {$Customer}", new { Id = 7 }, new { Name = "Ada" }));

            LogEvent e = Assert.Single(sink.Events).Event;
            Assert.IsType<StructureValue>(e.Properties["Order"]);
            Assert.Equal("\"{ Name = Ada }\"", e.Properties["Customer"].ToString());
        }

        [Fact]
        public void Positional_holes_render_and_are_named_by_index()
        {
            var (log, sink) = Create();

            log.Info(Loc.X("E102: {1} before {0}", 1, 2));

            var (e, rendered) = Assert.Single(sink.Events);
            Assert.Equal("E102: 2 before 1", rendered);
            Assert.Equal("1", e.Properties["0"].ToString());
        }

        [Fact]
        public void The_exception_is_passed_through_and_log_context_still_applies()
        {
            var (log, sink) = Create();
            var exception = new InvalidOperationException();

            using (LogContext.PushProperty("Application", "Payrollsync"))
                log.Error(Loc.X("E103: Failed"), exception);

            LogEvent e = Assert.Single(sink.Events).Event;
            Assert.Same(exception, e.Exception);
            Assert.Equal("\"Payrollsync\"", e.Properties["Application"].ToString());
        }

        [Theory]
        [InlineData(LogEventLevel.Verbose)]
        [InlineData(LogEventLevel.Debug)]
        [InlineData(LogEventLevel.Information)]
        [InlineData(LogEventLevel.Warning)]
        [InlineData(LogEventLevel.Error)]
        [InlineData(LogEventLevel.Fatal)]
        public void Every_level_method_writes_its_level(LogEventLevel level)
        {
            var (log, sink) = Create();
            var message = Loc.X("E104: Level");

            switch (level)
            {
                case LogEventLevel.Verbose: log.Trace(message); break;
                case LogEventLevel.Debug: log.Debug(message); break;
                case LogEventLevel.Information: log.Info(message); break;
                case LogEventLevel.Warning: log.Warn(message); break;
                case LogEventLevel.Error: log.Error(message); break;
                default: log.Critical(message); break;
            }

            log.Log(level, message);
            Assert.All(sink.Events, e => Assert.Equal(level, e.Event.Level));
            Assert.Equal(2, sink.Events.Count);
        }

        [Fact]
        public void A_disabled_level_formats_nothing_and_allocates_nothing()
        {
            var (log, sink) = Create(LogEventLevel.Warning);
            var localizer = new Localizer("Lazy", null);
            log.Debug(localizer.X("E140: {A} {B}", 1, 2.0));

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++)
                log.Debug(localizer.X("E140: {A} {B}", i, 2.0));
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.Equal(0, allocated);
            Assert.Equal(0, localizer.CachedMessageCount);
            Assert.Empty(sink.Events);
        }

        [Fact]
        public void A_plain_string_does_not_compile()
        {
            const string source = @"
using I18nToolkit.Logging;
public static class UserCode
{
    public static void Run(SerilogLocalizedLogger log, System.Exception ex)
    {
        log.Warn(""Could not find files {Pattern}"", ""*.csv"");   // line 7
        log.Error(ex, ""Failed"");                                 // line 8
    }
}";
            var errors = I18nToolkit.Tests.TestSupport.CSharpSnippet.CompileErrors(source, typeof(SerilogLocalizedLogger), typeof(LocalizedLogger), typeof(ILogger));

            Assert.Equal(new[] { 7, 8 }, errors.Select(e => e.Location.GetLineSpan().StartLinePosition.Line + 1));
            Assert.All(errors, e => Assert.Equal("CS0619", e.Id));
        }

        [Fact]
        public void Holes_are_bound_as_Serilogs_own_binder_binds_them()
        {
            // The logger binds built-in scalars itself; this holds it to Serilog's binder, configured to differ where it can.
            var sink = new CapturingSink();
            global::Serilog.Core.Logger serilog = new LoggerConfiguration().MinimumLevel.Verbose()
                .Destructure.ToMaximumStringLength(4).Destructure.ByTransforming<Guid>(g => "transformed")
                .WriteTo.Sink(sink).CreateLogger();
            SerilogLocalizedLogger log = serilog.Localized();
            object?[] values =
            {
                "a long text", 42, -7L, 1.5, 2.25m, true, 'c', (byte)1, (short)2, 3u, 4ul, (ushort)5, (sbyte)-6, 7.5f,
                new DateTime(2026, 12, 2, 13, 0, 0, DateTimeKind.Utc), new DateTimeOffset(2026, 12, 2, 13, 0, 0, TimeSpan.FromHours(1)),
                TimeSpan.FromMinutes(3), Guid.Empty, DayOfWeek.Friday, null, new Uri("https://example.org/"), new[] { 1, 2 }, new { Id = 7 },
            };
            foreach (object? value in values)
            {
                log.Info(Loc.X("I102: Value {Value}", value));
                LogEvent e = sink.Events.Last().Event;
                Assert.True(serilog.BindProperty("Value", value, false, out LogEventProperty? expected));
                Assert.Equal(expected!.Value.ToString(), e.Properties["Value"].ToString());
                Assert.Equal(expected.Value.GetType(), e.Properties["Value"].GetType());
                if (expected.Value is ScalarValue scalar)
                    Assert.Equal(scalar.Value, ((ScalarValue)e.Properties["Value"]).Value);
            }
        }

        [Fact]
        public void On_Serilog_4_the_event_is_assembled_from_its_dictionary_and_on_Serilog_3_copied()
        {
#if SERILOG_CURRENT
            Assert.True(SerilogEventAssembler.IsAvailable);
#else
            Assert.False(SerilogEventAssembler.IsAvailable);
#endif
            var (log, sink) = Create();
            log.Info(Loc.X(E100, "*.csv", "/in"));
            using (var activity = new System.Diagnostics.Activity("request").SetIdFormat(System.Diagnostics.ActivityIdFormat.W3C).Start())
            {
                log.Info(Loc.X(E100, "*.csv", "/in"));
                Assert.Equal(activity.TraceId, sink.Events.Last().Event.TraceId);
                Assert.Equal(activity.SpanId, sink.Events.Last().Event.SpanId);
            }

            LogEvent first = sink.Events.First().Event;
            Assert.Null(first.TraceId); // no activity: none, not zeros
            Assert.Null(first.SpanId);
            Assert.Equal(4, first.Properties.Count);
        }
    }
}
