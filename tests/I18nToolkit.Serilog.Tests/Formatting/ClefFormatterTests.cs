using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using I18nToolkit.Context;
using I18nToolkit.Formatting;
using Serilog;
using Serilog.Events;
using Serilog.Parsing;
using Xunit;

namespace I18nToolkit.Serilog.Tests.Formatting
{
    public class ClefFormatterTests
    {
        private static JsonElement Format(LogEvent logEvent)
        {
            var output = new StringWriter();
            new ClefFormatter().Format(logEvent, output);
            string text = output.ToString();
            Assert.EndsWith("\n", text, StringComparison.Ordinal);
            Assert.Single(text.TrimEnd('\n').Split('\n'));
            return JsonDocument.Parse(text).RootElement;
        }

        [Fact]
        public void Events_are_written_as_clef()
        {
            var template = new MessageTemplateParser().Parse("E131: Could not find {Pattern} ({Count})");
            var logEvent = new LogEvent(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.FromHours(1)), LogEventLevel.Error, new InvalidOperationException("boom"), template, new[]
            {
                new LogEventProperty("Pattern", new ScalarValue("*.csv")),
                new LogEventProperty("Count", new ScalarValue(3)),
                new LogEventProperty("@odd", new ScalarValue("x")),
                new LogEventProperty("Items", new SequenceValue(new[] { new ScalarValue(1), new ScalarValue(2) })),
            });

            JsonElement record = Format(logEvent);

            Assert.Equal("@t", record.EnumerateObject().First().Name);
            Assert.Equal("2026-11-21T07:00:00.0000000Z", record.GetProperty("@t").GetString());
            Assert.Equal("E131: Could not find {Pattern} ({Count})", record.GetProperty("@mt").GetString());
            Assert.Equal("E131: Could not find \"*.csv\" (3)", record.GetProperty("@m").GetString());
            Assert.Equal("Error", record.GetProperty("@l").GetString());
            Assert.StartsWith("System.InvalidOperationException: boom", record.GetProperty("@x").GetString(), StringComparison.Ordinal);
            Assert.Matches("^[0-9a-f]{8}$", record.GetProperty("@i").GetString());
            Assert.Equal(3, record.GetProperty("Count").GetInt32());
            Assert.Equal("x", record.GetProperty("@@odd").GetString());
            Assert.Equal(2, record.GetProperty("Items").GetArrayLength());
        }

        [Fact]
        public void Information_has_no_level_and_the_context_rides_as_properties()
        {
            var sink = new TestSupport.CapturingSink();
            using (var logger = new LoggerConfiguration().Enrich.WithDiagnosticContext().WriteTo.Sink(sink).CreateLogger())
            using (DiagnosticContext.Push(("Application", "Payrollsync"), ("Msgid", "ID-42")))
                logger.Information("Encoding missing, assuming {Encoding}", "UTF-8");

            JsonElement record = Format(Assert.Single(sink.Events).Event);
            Assert.False(record.TryGetProperty("@l", out _));
            Assert.Equal("Payrollsync", record.GetProperty("Application").GetString());
            Assert.Equal("ID-42", record.GetProperty("Msgid").GetString());
        }

        [Fact]
        public void A_toolkit_event_leaves_out_the_context_text_and_the_template_when_asked()
        {
            var sink = new TestSupport.CapturingSink();
            var loc = I18nToolkit.Localization.Localizer.ForAssembly(typeof(ClefFormatterTests).Assembly);
            using (var logger = new LoggerConfiguration().Enrich.WithDiagnosticContext().WriteTo.Sink(sink).CreateLogger())
            using (DiagnosticContext.Push("Application", "Payrollsync"))
                logger.Localized().Warn(loc.X("W140: Slow {Disk} at {Ratio:P0}", "/var", 0.5));
            LogEvent logEvent = Assert.Single(sink.Events).Event;

            JsonElement full = Format(logEvent);
            Assert.Equal("W140: Slow {Disk} at {Ratio:P0}", full.GetProperty("@mt").GetString());
            Assert.Equal(1, full.GetProperty("@r").GetArrayLength());
            Assert.False(full.TryGetProperty("Context", out _)); // the stack's text: Application is here as itself
            Assert.Equal("Payrollsync", full.GetProperty("Application").GetString());
            Assert.StartsWith("W140: Slow /var at ", full.GetProperty("@m").GetString(), StringComparison.Ordinal);
            Assert.Equal("W140", full.GetProperty("MessageId").GetString());

            var output = new StringWriter();
            new ClefFormatter(includeMessageTemplate: false).Format(logEvent, output);
            JsonElement lean = JsonDocument.Parse(output.ToString()).RootElement;
            Assert.False(lean.TryGetProperty("@mt", out _));
            Assert.False(lean.TryGetProperty("@r", out _));
            Assert.Equal(full.GetProperty("@m").GetString(), lean.GetProperty("@m").GetString());
        }
    }
}
