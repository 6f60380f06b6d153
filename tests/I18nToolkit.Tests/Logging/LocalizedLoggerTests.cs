using System;
using System.Linq;
using I18nToolkit.Localization;
using I18nToolkit.Logging;
using I18nToolkit.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;
using static I18nToolkit.Tests.TestSupport.TestMessages;

namespace I18nToolkit.Tests.Logging
{
    public class LocalizedLoggerTests
    {
        private const string E100 = "E100: Could not find files with pattern {Pattern} in directory {Directory}";

        private static (LocalizedLogger Logger, CapturingLoggerProvider Provider) Create(LogLevel minimum = LogLevel.Trace)
        {
            var provider = new CapturingLoggerProvider();
            var factory = LoggerFactory.Create(b => b.AddProvider(provider).SetMinimumLevel(minimum));
            return (factory.CreateLocalizedLogger("Test.Category"), provider);
        }

        [Fact]
        public void The_message_id_becomes_the_event_id_and_a_property()
        {
            var (log, provider) = Create();
            using var _ = new CultureScope("en-US");

            log.Warn(Loc.X(E100, "*.csv", "/in"));

            CapturedRecord record = Assert.Single(provider.Records);
            Assert.Equal(LogLevel.Warning, record.Level);
            Assert.Equal(100, record.EventId.Id);
            Assert.Equal("I18nToolkit.Tests-E100", record.EventId.Name);
            Assert.Equal("E100", record["MessageId"]);
            Assert.Equal("I18nToolkit.Tests", record["MessagePrefix"]);
            Assert.Equal(E100, record["{OriginalFormat}"]);
            Assert.DoesNotContain(record.Properties, p => p.Key == "EnglishFormat");
        }

        [Theory]
        [InlineData("en-US", 1, "I140: Moved 1 file to /in")]
        [InlineData("en-US", 5, "I140: Moved 5 files to /in")]
        [InlineData("pl-PL", 22, "I140: Przeniesiono 22 pliki do /in")]
        public void A_plural_record_renders_the_chosen_form_and_keeps_the_whole_template(string culture, int count, string expected)
        {
            var (log, provider) = Create();
            using var _ = new CultureScope(culture);

            log.Info(Loc.X("I140: Moved {Count, plural, one {# file} other {# files}} to {Folder}", count, "/in"));

            CapturedRecord record = Assert.Single(provider.Records);
            Assert.Equal(expected, record.Message);
            Assert.Equal(count, record["Count"]);
            // {OriginalFormat} is what message-template readers render from: the branch this record chose.
            Assert.Equal(count == 1 ? "I140: Moved {Count} file to {Folder}" : culture == "pl-PL" ? "I140: Przeniesiono {Count} pliki do {Folder}" : "I140: Moved {Count} files to {Folder}",
                record["{OriginalFormat}"]);
        }

        [Fact]
        public void Holes_become_properties_and_the_templates_are_kept()
        {
            var (log, provider) = Create();
            using var _ = new CultureScope("de-DE");

            log.Info(Loc.X(E100, "*.csv", 42));

            CapturedRecord record = Assert.Single(provider.Records);
            Assert.Equal("*.csv", record["Pattern"]);
            Assert.Equal(42, record["Directory"]);
            Assert.Equal("E100: Keine Dateien mit Muster {Pattern} im Verzeichnis {Directory} gefunden", record["{OriginalFormat}"]);
            // Lean: nothing that MessagePrefix + MessageId already give (the English text, an EventId object).
            Assert.Equal(new[] { "Pattern", "Directory", "MessageId", "MessagePrefix", "{OriginalFormat}" }, record.Properties.Select(p => p.Key));
            Assert.Equal("E100: Keine Dateien mit Muster *.csv im Verzeichnis 42 gefunden", record.Message);
        }

        [Fact]
        public void Positional_holes_become_properties_named_by_index()
        {
            var (log, provider) = Create();

            log.Debug(Loc.X("E130: {1} before {0}", "a", "b"));

            CapturedRecord record = Assert.Single(provider.Records);
            Assert.Equal("a", record["0"]);
            Assert.Equal("b", record["1"]);
        }

        [Fact]
        public void The_exception_is_passed_through()
        {
            var (log, provider) = Create();
            var exception = new InvalidOperationException("disk gone");

            log.Error(Loc.X("E131: Import failed"), exception);

            Assert.Same(exception, Assert.Single(provider.Records).Exception);
        }

        [Theory]
        [InlineData(LogLevel.Trace)]
        [InlineData(LogLevel.Debug)]
        [InlineData(LogLevel.Information)]
        [InlineData(LogLevel.Warning)]
        [InlineData(LogLevel.Error)]
        [InlineData(LogLevel.Critical)]
        public void Every_level_method_writes_its_level(LogLevel level)
        {
            var (log, provider) = Create();
            var message = Loc.X("E132: Level");

            switch (level)
            {
                case LogLevel.Trace: log.Trace(message); break;
                case LogLevel.Debug: log.Debug(message); break;
                case LogLevel.Information: log.Info(message); break;
                case LogLevel.Warning: log.Warn(message); break;
                case LogLevel.Error: log.Error(message); break;
                default: log.Critical(message); break;
            }

            log.Log(level, message);
            Assert.All(provider.Records, r => Assert.Equal(level, r.Level));
            Assert.Equal(2, provider.Records.Count);
        }

        [Fact]
        public void A_disabled_level_formats_nothing_looks_nothing_up_and_allocates_nothing()
        {
            var (log, provider) = Create(LogLevel.Warning);
            var localizer = new Localizer("Lazy", null);
            var counter = new CountingFormattable();
            log.Debug(localizer.X("E140: {A} {B} {C}", counter, 1, 2.0)); // warm up the JIT

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++)
                log.Debug(localizer.X("E140: {A} {B} {C}", counter, i, 2.0));
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.Equal(0, allocated);
            Assert.Equal(0, counter.Calls);
            Assert.Equal(0, localizer.CachedMessageCount);
            Assert.Empty(provider.Records);
        }

        [Fact]
        public void The_record_is_rendered_in_the_ui_culture_of_the_logging_thread()
        {
            var (log, provider) = Create();
            using (new CultureScope("de-AT"))
                log.Info(Loc.X("E101: Hello {Name}", "Ada"));

            CapturedRecord record = Assert.Single(provider.Records);
            Assert.Equal("E101: Servus Ada", record.Message);
            Assert.Equal("E101: Servus Ada", record.State!.ToString());
        }

        [Fact]
        public void A_default_message_writes_nothing_and_does_not_throw()
        {
            var (log, provider) = Create();

            log.Warn(default(LocalizedString));

            Assert.Empty(provider.Records);
        }

        [Fact]
        public void A_message_without_an_id_is_still_logged_as_written()
        {
            var (log, provider) = Create();

            log.Warn(new Localizer("NoId", null).X("no id {0}", 1));

            CapturedRecord record = Assert.Single(provider.Records);
            Assert.Equal("no id {0}", record.Message);
            Assert.Equal(0, record.EventId.Id);
            Assert.Null(record["MessageId"]);
        }

        [Fact]
        public void Dependency_injection_provides_typed_localized_loggers()
        {
            var provider = new CapturingLoggerProvider();
            using var services = new ServiceCollection()
                .AddLogging(b => b.AddProvider(provider))
                .AddLocalizedLogging()
                .BuildServiceProvider();

            var log = services.GetRequiredService<LocalizedLogger<LocalizedLoggerTests>>();
            log.Warn(Loc.X("E133: Injected"));

            Assert.Equal(typeof(LocalizedLoggerTests).FullName, Assert.Single(provider.Records).Category);
        }

        [Fact]
        public void A_plain_string_does_not_compile()
        {
            const string source = @"
using I18nToolkit.Localization;
using I18nToolkit.Logging;
public static class UserCode
{
    static readonly Localizer Loc = new Localizer(""App"", null);
    public static void Run(LocalizedLogger log, System.Exception ex, string pattern)
    {
        log.Warn(Loc.X(""E131: Could not find {Pattern}"", pattern), ex);  // fine
        log.Warn(""Could not find files"");                                  // line 10
        log.Error($""Could not find {pattern}"", ex);                        // line 11
        log.Info(ex, ""with exception first {0}"", pattern);                 // line 12
    }
}";
            var errors = CSharpSnippet.CompileErrors(source, typeof(LocalizedLogger), typeof(ILogger));

            Assert.Equal(new[] { 10, 11, 12 }, errors.Select(e => e.Location.GetLineSpan().StartLinePosition.Line + 1));
            Assert.All(errors, e => Assert.Equal("CS0619", e.Id));
            Assert.All(errors, e => Assert.Contains("Log messages must be localized", e.GetMessage()));
        }

        private sealed class CountingFormattable : IFormattable
        {
            public int Calls { get; private set; }

            public string ToString(string? format, IFormatProvider? formatProvider)
            {
                Calls++;
                return "counted";
            }
        }
    }
}
