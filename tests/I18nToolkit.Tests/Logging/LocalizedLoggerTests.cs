using System;
using System.Globalization;
using System.Linq;
using I18nToolkit.Exceptions;
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
            using var _ = new CultureScope("en-US");
            var (log, provider) = Create();

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
            using var _ = new CultureScope(culture);
            var (log, provider) = Create();

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
            using var _ = new CultureScope("de-DE");
            var (log, provider) = Create();

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
        public void Records_are_written_in_the_log_culture_whatever_the_culture_of_the_code_that_logs()
        {
            var provider = new CapturingLoggerProvider();
            using var factory = LoggerFactory.Create(b => b.AddProvider(provider));
            var options = new LocalizedLoggingOptions { Culture = CultureInfo.GetCultureInfo("de-AT"), FormatCulture = CultureInfo.GetCultureInfo("de-AT") };
            LocalizedLogger log = factory.CreateLocalizedLogger("Test", options);

            // A request served in French (as request localization sets it) logs for the operator, in Austrian German.
            using (new CultureScope("fr-FR"))
                log.Info(Loc.X("E101: Hello {Name}", "Ada"));

            CapturedRecord record = Assert.Single(provider.Records);
            Assert.Equal("E101: Servus Ada", record.Message);
            Assert.Equal("E101: Servus Ada", record.State!.ToString());
            Assert.Equal("de-AT", log.Culture.Name);
        }

        [Fact]
        public void A_logger_without_options_writes_in_the_cultures_current_when_it_was_created()
        {
            var provider = new CapturingLoggerProvider();
            using var factory = LoggerFactory.Create(b => b.AddProvider(provider));
            LocalizedLogger log;
            using (new CultureScope("de-DE"))
                log = factory.CreateLocalizedLogger("Test");

            using (new CultureScope("fr-FR"))
                log.Info(Loc.X("E103: {Count:N2} records", 1234.5));

            Assert.Equal("E103: 1.234,50 Datensätze", Assert.Single(provider.Records).Message);
        }

        [Fact]
        public void The_options_default_to_the_cultures_current_when_logging_is_registered()
        {
            var services = new ServiceCollection();
            var provider = new CapturingLoggerProvider();
            using (new CultureScope("de-DE"))
                services.AddLogging(b => b.AddProvider(provider)).AddLocalizedLogging();

            // The first request resolves the logger, in its own culture: the start-up culture still wins.
            using ServiceProvider container = services.BuildServiceProvider();
            using (new CultureScope("fr-FR"))
            {
                var log = container.GetRequiredService<LocalizedLogger<LocalizedLoggerTests>>();
                log.Info(Loc.X("E101: Hello {Name}", "Ada"));
                Assert.Equal("de-DE", log.Culture.Name);
                Assert.Equal("de-DE", log.FormatCulture.Name);
            }

            Assert.Equal("E101: Hallo Ada", Assert.Single(provider.Records).Message);
        }

        [Fact]
        public void Registering_again_configures_the_same_log_culture()
        {
            var services = new ServiceCollection();
            services.AddLogging().AddLocalizedLogging(o => o.Culture = CultureInfo.GetCultureInfo("de"));
            services.AddLocalizedLogging(o => o.FormatCulture = CultureInfo.GetCultureInfo("pl-PL"));

            using ServiceProvider container = services.BuildServiceProvider();
            var log = container.GetRequiredService<LocalizedLogger<LocalizedLoggerTests>>();
            Assert.Equal("de", log.Culture.Name);
            Assert.Equal("pl-PL", log.FormatCulture.Name);
            Assert.Single(services, d => d.ServiceType == typeof(LocalizedLoggingOptions));
        }

        [Fact]
        public void An_exception_in_a_record_reads_in_the_log_culture_and_the_caller_keeps_its_own()
        {
            var provider = new CapturingLoggerProvider();
            using var factory = LoggerFactory.Create(b => b.AddProvider(provider));
            LocalizedLogger log = factory.CreateLocalizedLogger("Test", new LocalizedLoggingOptions { Culture = CultureInfo.GetCultureInfo("de-DE") });
            var failure = new LocalizedException(Loc.X("E101: Hello {Name}", "Ada"));

            using (new CultureScope("fr-FR"))
            {
                log.Error(Loc.X("E101: Hello {Name}", "Bob"), failure);
                Assert.Equal("fr-FR", CultureInfo.CurrentUICulture.Name); // restored after the record
                Assert.Equal("fr-FR", CultureInfo.CurrentCulture.Name);
                Assert.Equal("E101: Hello Ada", failure.Message); // the user's language (French falls back to English)
            }

            CapturedRecord record = Assert.Single(provider.Records);
            Assert.Equal("E101: Hallo Bob", record.Message);
            Assert.StartsWith("I18nToolkit.Exceptions.LocalizedException: E101: Hallo Ada", record.ExceptionText);
        }

        [Fact]
        public void A_message_known_by_its_interface_is_logged_like_a_typed_one()
        {
            var (log, provider) = Create();
            ILocalizedMessage message = Loc.X(E100, "*.csv", 42);

            log.Log(LogLevel.Warning, message);

            CapturedRecord record = Assert.Single(provider.Records);
            Assert.Equal(100, record.EventId.Id);
            Assert.Equal("*.csv", record["Pattern"]);
            Assert.Equal(42, record["Directory"]);
            Assert.Equal(LogLevel.Warning, record.Level);
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
