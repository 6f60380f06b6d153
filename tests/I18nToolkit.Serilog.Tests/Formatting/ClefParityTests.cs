using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using I18nToolkit.Context;
using I18nToolkit.Formatting;
using I18nToolkit.Localization;
using I18nToolkit.Logging;
using I18nToolkit.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Formatting.Compact;
using Xunit;

namespace I18nToolkit.Serilog.Tests.Formatting
{
    /// <summary>The same localized record written through Serilog (<see cref="ClefFormatter"/>) and through MEL (<c>AddClef</c>) reads the same.</summary>
    public class ClefParityTests
    {
        private const string E100 = "E100: Could not find files with pattern {Pattern} in directory {Directory}";
        private static readonly Localizer Loc = Localizer.ForAssembly(typeof(ClefParityTests).Assembly);

        private static (JsonElement Serilog, JsonElement Mel) WriteBothWays(string culture)
        {
            using var _ = new CultureScope(culture);
            using var activity = new Activity("request").SetIdFormat(ActivityIdFormat.W3C).Start();
            var serilogText = new StringWriter();
            var melText = new StringWriter();
            using (var serilog = new LoggerConfiguration().Enrich.WithDiagnosticContext().WriteTo.Sink(new TextSink(new ClefFormatter(System.Globalization.CultureInfo.CurrentCulture), serilogText)).CreateLogger())
            using (ILoggerFactory mel = LoggerFactory.Create(logging => logging.AddDiagnosticContext().AddClef(o => o.Writer = melText)))
            using (DiagnosticContext.Push(("Application", "Payrollsync"), ("Msgid", "ID-42")))
            {
                serilog.Localized().Warn(Loc.X(E100, "*.csv", "/in"));
                mel.CreateLocalizedLogger("Import").Warn(Loc.X(E100, "*.csv", "/in"));
            }

            return (JsonDocument.Parse(serilogText.ToString()).RootElement, JsonDocument.Parse(melText.ToString()).RootElement);
        }

        [Theory]
        [InlineData("en-US")]
        [InlineData("de-DE")]
        public void Both_paths_write_the_same_fields_with_the_same_meaning(string culture)
        {
            var (serilog, mel) = WriteBothWays(culture);

            foreach (string field in new[] { "@mt", "@m", "@i", "@l", "@tr", "@sp", "MessageId", "MessagePrefix", "Pattern", "Directory", "Application", "Msgid" })
                Assert.True(serilog.GetProperty(field).GetString() == mel.GetProperty(field).GetString(), $"{field}: Serilog {serilog.GetProperty(field)}, MEL {mel.GetProperty(field)}");
            Assert.Equal(Activity.Current?.TraceId.ToHexString() ?? serilog.GetProperty("@tr").GetString(), serilog.GetProperty("@tr").GetString());
            Assert.Equal(32, serilog.GetProperty("@tr").GetString()!.Length);
            // Equally lean: no English text, no EventId object (prefix + ID give both), no Context text.
            foreach (string left in new[] { "EnglishFormat", "EventId", "Context" })
                Assert.True(!serilog.TryGetProperty(left, out _) && !mel.TryGetProperty(left, out _), left);
            Assert.Equal(
                mel.EnumerateObject().Select(p => p.Name).Where(n => n != "SourceContext").OrderBy(n => n, StringComparer.Ordinal),
                serilog.EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public void The_event_type_is_the_same_in_every_language_and_is_serilogs_for_plain_events()
        {
            var (english, _) = WriteBothWays("en-US");
            var (german, _) = WriteBothWays("de-DE");

            Assert.NotEqual(english.GetProperty("@m").GetString(), german.GetProperty("@m").GetString());
            Assert.Equal(english.GetProperty("@i").GetString(), german.GetProperty("@i").GetString());
            Assert.Equal(EventType.Text(EventIdHash.Compute("I18nToolkit.Serilog.Tests:E100")), english.GetProperty("@i").GetString());

            // Without an ID: Serilog.Formatting.Compact's own hash of the template, as its RenderedCompactJsonFormatter writes it.
            var plain = new StringWriter();
            var rendered = new StringWriter();
            using (var logger = new LoggerConfiguration().WriteTo.Sink(new TextSink(new ClefFormatter(), plain)).WriteTo.Sink(new TextSink(new RenderedCompactJsonFormatter(), rendered)).CreateLogger())
                logger.Information("Encoding missing, assuming {Encoding}", "UTF-8");
            Assert.Equal(JsonDocument.Parse(rendered.ToString()).RootElement.GetProperty("@i").GetString(), JsonDocument.Parse(plain.ToString()).RootElement.GetProperty("@i").GetString());
        }

        [Fact]
        public void The_event_type_hash_is_serilogs_hash()
        {
            var random = new Random(3);
            for (int i = 0; i < 2000; i++)
            {
                string text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => (char)random.Next(0, 0x3000)).ToArray());
                Assert.Equal(EventIdHash.Compute(text), EventType.Of(null, null, text));
            }
        }

        [Fact]
        public void Everything_compact_json_writes_is_written_as_it_writes_it()
        {
            // A plain Serilog event: every field of CompactJsonFormatter's line is there, unchanged, plus @m and @i -
            // except the diagnostic context's Context text, which repeats the context's properties.
            using var activity = new Activity("request").SetIdFormat(ActivityIdFormat.W3C).Start();
            var ours = new StringWriter();
            var library = new StringWriter();
            using (var logger = new LoggerConfiguration().Enrich.WithDiagnosticContext().WriteTo.Sink(new TextSink(new ClefFormatter(), ours)).WriteTo.Sink(new TextSink(new CompactJsonFormatter(), library)).CreateLogger())
            using (DiagnosticContext.Push("Application", "Payrollsync"))
                logger.Error(new InvalidOperationException("boom"), "Failed {Count,5} {Amount:N2}", 3, 1.5m);

            JsonElement a = JsonDocument.Parse(ours.ToString()).RootElement, b = JsonDocument.Parse(library.ToString()).RootElement;
            foreach (JsonProperty field in b.EnumerateObject().Where(f => f.Name != "Context"))
                Assert.Equal(field.Value.GetRawText(), a.GetProperty(field.Name).GetRawText());
            Assert.Equal("Application=Payrollsync", b.GetProperty("Context").GetString());
            Assert.False(a.TryGetProperty("Context", out _));
            Assert.Equal(new[] { "@i", "@m" }, a.EnumerateObject().Select(p => p.Name).Except(b.EnumerateObject().Select(p => p.Name)).OrderBy(n => n, StringComparer.Ordinal));
        }

        private sealed class TextSink : global::Serilog.Core.ILogEventSink
        {
            private readonly global::Serilog.Formatting.ITextFormatter _formatter;
            private readonly TextWriter _output;

            public TextSink(global::Serilog.Formatting.ITextFormatter formatter, TextWriter output)
            {
                _formatter = formatter;
                _output = output;
            }

            public void Emit(global::Serilog.Events.LogEvent logEvent) => _formatter.Format(logEvent, _output);
        }
    }
}
