using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using CsCheck;
using I18nToolkit.Logging;
using I18nToolkit.Logging.Clef;
using Microsoft.Extensions.Logging;
using Xunit;
using static I18nToolkit.Tests.TestSupport.TestMessages;

namespace I18nToolkit.Tests.Logging.Clef
{
    /// <summary>The file writer's durability policy, rolling and retention, and that no failure is silent.</summary>
    public sealed class ClefFileOutputTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "i18n-clef-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            if (Directory.Exists(_folder))
                Directory.Delete(_folder, recursive: true);
        }

        private string LogPath => Path.Combine(_folder, "app.clef");

        private static string[] Lines(string path) => File.Exists(path) ? ReadShared(path).Split('\n', StringSplitOptions.RemoveEmptyEntries) : Array.Empty<string>();

        private static string ReadShared(string path)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return new StreamReader(stream).ReadToEnd();
        }

        private static (ILoggerFactory Factory, ClefLoggerProvider Provider) Create(ClefLoggerOptions options, Func<DateTime>? clock = null)
        {
            var provider = new ClefLoggerProvider(options, clock);
            return (LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(provider)), provider);
        }

        [Fact]
        public void Information_waits_in_the_buffer_and_a_warning_writes_it_and_itself_before_the_call_returns()
        {
            var (factory, provider) = Create(new ClefLoggerOptions { Path = LogPath, FlushInterval = Timeout.InfiniteTimeSpan });
            using (factory)
            using (provider)
            {
                LocalizedLogger log = factory.CreateLocalizedLogger("App");
                log.Info(Loc.X("I101: Started {Name}", "a"));
                Assert.Empty(Lines(LogPath)); // buffered: not yet written

                log.Warn(Loc.X("W102: Slow {Name}", "b"));
                string[] lines = Lines(LogPath);
                Assert.Equal(2, lines.Length); // the warning and everything before it, in order
                Assert.Equal("a", JsonDocument.Parse(lines[0]).RootElement.GetProperty("Name").GetString());
                Assert.Equal("b", JsonDocument.Parse(lines[1]).RootElement.GetProperty("Name").GetString());
            }
        }

        [Fact]
        public void The_flush_level_can_be_lowered_or_buffering_turned_off()
        {
            var (factory, provider) = Create(new ClefLoggerOptions { Path = LogPath, FlushInterval = Timeout.InfiniteTimeSpan, FlushLevel = LogLevel.Information });
            using (factory)
            using (provider)
            {
                factory.CreateLogger("App").LogInformation("At once");
                factory.CreateLogger("App").LogDebug("Buffered");
                Assert.Single(Lines(LogPath));
            }

            string other = Path.Combine(_folder, "through.clef");
            var (factory2, provider2) = Create(new ClefLoggerOptions { Path = other, BufferSize = 0 });
            using (factory2)
            using (provider2)
            {
                factory2.CreateLogger("App").LogTrace("Trace at once");
                Assert.Single(Lines(other));
            }
        }

        [Fact]
        public void Buffered_records_reach_the_file_within_the_flush_interval()
        {
            var (factory, provider) = Create(new ClefLoggerOptions { Path = LogPath, FlushInterval = TimeSpan.FromMilliseconds(50) });
            using (factory)
            using (provider)
            {
                factory.CreateLogger("App").LogInformation("On the timer");
                var deadline = DateTime.UtcNow.AddSeconds(10);
                while (Lines(LogPath).Length == 0 && DateTime.UtcNow < deadline)
                    Thread.Sleep(20);
                Assert.Single(Lines(LogPath));
            }
        }

        [Fact]
        public void A_full_buffer_is_written_and_dispose_writes_the_rest()
        {
            var (factory, provider) = Create(new ClefLoggerOptions { Path = LogPath, BufferSize = 1024, FlushInterval = Timeout.InfiniteTimeSpan });
            ILogger log = factory.CreateLogger("App");
            for (int i = 0; i < 40; i++)
                log.LogInformation("Row {Index} {Padding}", i, new string('p', 60));
            int before = Lines(LogPath).Length;
            Assert.InRange(before, 1, 39); // full buffers went out, the last one waits
            factory.Dispose();
            provider.Dispose();
            Assert.Equal(Enumerable.Range(0, 40), Lines(LogPath).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("Index").GetInt32()));
        }

        [Fact]
        public void A_line_longer_than_the_buffer_is_written_whole_in_order()
        {
            var (factory, provider) = Create(new ClefLoggerOptions { Path = LogPath, BufferSize = 256, FlushInterval = Timeout.InfiniteTimeSpan });
            using (provider)
            using (factory)
            {
                ILogger log = factory.CreateLogger("App");
                log.LogInformation("Short {Index}", 1);
                log.LogInformation("Long {Index} {Text}", 2, new string('ü', 5000));
                log.LogInformation("Short {Index}", 3);
            }

            string[] lines = Lines(LogPath);
            Assert.Equal(new[] { 1, 2, 3 }, lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("Index").GetInt32()));
            Assert.Equal(new string('ü', 5000), JsonDocument.Parse(lines[1]).RootElement.GetProperty("Text").GetString());
        }

        [Fact]
        public void Rolling_by_day_names_each_file_by_its_period_and_a_restart_appends_to_the_latest()
        {
            DateTime now = new DateTime(2026, 12, 1, 23, 59, 0);
            var options = new ClefLoggerOptions { Path = LogPath, RollingInterval = ClefRollingInterval.Day, BufferSize = 0 };
            var (factory, provider) = Create(options, () => now);
            using (provider)
            using (factory)
            {
                ILogger log = factory.CreateLogger("App");
                log.LogInformation("Day {Day}", 1);
                now = now.AddMinutes(2);
                log.LogInformation("Day {Day}", 2);
                Assert.Equal(Path.Combine(_folder, "app20261202.clef"), provider.CurrentPath);
            }

            var (factory2, provider2) = Create(new ClefLoggerOptions { Path = LogPath, RollingInterval = ClefRollingInterval.Day, BufferSize = 0 }, () => now);
            using (provider2)
            using (factory2)
                factory2.CreateLogger("App").LogInformation("Day {Day}", 22);

            Assert.Single(Lines(Path.Combine(_folder, "app20261201.clef")));
            Assert.Equal(new[] { 2, 22 }, Lines(Path.Combine(_folder, "app20261202.clef")).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("Day").GetInt32()));
        }

        [Fact]
        public void Rolling_by_size_keeps_every_file_under_the_limit_and_every_record_once()
        {
            var options = new ClefLoggerOptions { Path = LogPath, FileSizeLimitBytes = 600, RetainedFileCountLimit = null, FlushInterval = Timeout.InfiniteTimeSpan };
            var (factory, provider) = Create(options);
            using (provider)
            using (factory)
            {
                ILogger log = factory.CreateLogger("App");
                for (int i = 0; i < 30; i++)
                    log.LogInformation("Row {Index}", i);
            }

            string[] files = Directory.GetFiles(_folder).OrderBy(f => f, StringComparer.Ordinal).ToArray();
            Assert.True(files.Length > 3, string.Join(", ", files));
            Assert.Equal(Path.Combine(_folder, "app.clef"), files[0]);
            Assert.Equal(Path.Combine(_folder, "app_001.clef"), files[1]);
            Assert.All(files, f => Assert.True(new FileInfo(f).Length <= 600, f + " is over the limit"));
            var indexes = files.SelectMany(Lines).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("Index").GetInt32()).ToList();
            Assert.Equal(Enumerable.Range(0, 30), indexes);
        }

        [Fact]
        public void Retention_keeps_the_newest_files_and_the_current_one()
        {
            DateTime now = new DateTime(2026, 12, 1, 10, 0, 0);
            var options = new ClefLoggerOptions { Path = LogPath, RollingInterval = ClefRollingInterval.Hour, RetainedFileCountLimit = 2, BufferSize = 0 };
            var (factory, provider) = Create(options, () => now);
            using (provider)
            using (factory)
            {
                ILogger log = factory.CreateLogger("App");
                for (int hour = 0; hour < 5; hour++)
                {
                    log.LogInformation("Hour {Hour}", hour);
                    now = now.AddHours(1);
                }
            }

            Assert.Equal(new[] { "app2026120113.clef", "app2026120114.clef" },
                Directory.GetFiles(_folder).Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal));
        }

        [Fact]
        public void A_file_that_cannot_be_opened_on_roll_is_reported_with_the_records_it_cost()
        {
            DateTime now = new DateTime(2026, 12, 1, 10, 0, 0);
            var problems = new List<Exception>();
            var options = new ClefLoggerOptions { Path = LogPath, RollingInterval = ClefRollingInterval.Day, BufferSize = 0, OnWriteError = problems.Add };
            var (factory, provider) = Create(options, () => now);
            using (provider)
            using (factory)
            {
                ILogger log = factory.CreateLogger("App");
                log.LogInformation("Before");
                Directory.CreateDirectory(Path.Combine(_folder, "app20261202.clef")); // tomorrow's file name is taken by a folder
                now = now.AddDays(1);
                log.LogWarning("Lost");
            }

            Assert.NotEmpty(problems);
            Assert.Contains(problems, p => p.Message.Contains("app20261202.clef", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Message.Contains("1 CLEF record(s)", StringComparison.Ordinal));
        }

        [Fact]
        public void A_record_after_dispose_is_reported_not_dropped_silently()
        {
            var problems = new List<Exception>();
            var (factory, provider) = Create(new ClefLoggerOptions { Path = LogPath, OnWriteError = problems.Add });
            ILogger log = factory.CreateLogger("App");
            provider.Dispose();
            log.LogError("Too late");
            factory.Dispose();
            Exception problem = Assert.Single(problems);
            Assert.Contains(LogPath, problem.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("BufferSize")]
        [InlineData("FileSizeLimitBytes")]
        [InlineData("RetainedFileCountLimit")]
        [InlineData("FlushInterval")]
        [InlineData("RollingInterval")]
        public void Options_out_of_range_are_refused_naming_the_option(string option)
        {
            var options = new ClefLoggerOptions { Path = LogPath };
            switch (option)
            {
                case "BufferSize": options.BufferSize = -1; break;
                case "FileSizeLimitBytes": options.FileSizeLimitBytes = 0; break;
                case "RetainedFileCountLimit": options.RetainedFileCountLimit = 0; break;
                case "FlushInterval": options.FlushInterval = TimeSpan.FromSeconds(-2); break;
                case "RollingInterval": options.Path = null; options.RollingInterval = ClefRollingInterval.Day; break;
            }

            ArgumentException e = Assert.ThrowsAny<ArgumentException>(() => new ClefLoggerProvider(options));
            Assert.Contains(option, e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void The_documented_defaults_are_the_defaults()
        {
            var options = new ClefLoggerOptions();
            Assert.Equal(64 * 1024, options.BufferSize);
            Assert.Equal(TimeSpan.FromSeconds(1), options.FlushInterval);
            Assert.Equal(LogLevel.Warning, options.FlushLevel);
            Assert.False(options.FlushToDisk);
            Assert.Equal(ClefRollingInterval.Infinite, options.RollingInterval);
            Assert.Null(options.FileSizeLimitBytes);
            Assert.Equal(31, options.RetainedFileCountLimit);
            Assert.True(options.IncludeMessageTemplate);
            Assert.True(options.IncludeScopes);
        }

        [Fact]
        public void Flushing_to_disk_writes_each_record_through()
        {
            var (factory, provider) = Create(new ClefLoggerOptions { Path = LogPath, FlushToDisk = true, FlushLevel = LogLevel.Trace });
            using (provider)
            using (factory)
            {
                factory.CreateLogger("App").LogInformation("Synced");
                Assert.Single(Lines(LogPath));
            }
        }

        [Fact]
        public void Without_a_handler_a_problem_goes_to_standard_error()
        {
            var (factory, provider) = Create(new ClefLoggerOptions { Path = LogPath });
            TextWriter original = Console.Error;
            var error = new StringWriter();
            Console.SetError(error);
            try
            {
                provider.Dispose();
                factory.CreateLogger("App").LogError("Too late");
            }
            finally
            {
                Console.SetError(original);
                factory.Dispose();
            }

            Assert.Contains("I18nToolkit: A record was logged after the CLEF log " + LogPath + " was closed", error.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void A_handler_that_logs_through_the_failing_file_does_not_loop()
        {
            DateTime now = new DateTime(2026, 12, 1, 10, 0, 0);
            var problems = new List<Exception>();
            ILogger? log = null;
            var options = new ClefLoggerOptions
            {
                Path = LogPath,
                RollingInterval = ClefRollingInterval.Day,
                BufferSize = 0,
                OnWriteError = p =>
                {
                    problems.Add(p);
                    log!.LogError("The log failed: {Problem}", p.Message); // fails again: reported, not looped
                },
            };
            var (factory, provider) = Create(options, () => now);
            TextWriter original = Console.Error;
            var error = new StringWriter();
            Console.SetError(error);
            try
            {
                using (provider)
                using (factory)
                {
                    log = factory.CreateLogger("App");
                    Directory.CreateDirectory(Path.Combine(_folder, "app20261202.clef"));
                    now = now.AddDays(1);
                    log.LogWarning("Lost");
                }
            }
            finally
            {
                Console.SetError(original);
            }

            Assert.NotEmpty(problems);
            Assert.Contains("I18nToolkit: ", error.ToString(), StringComparison.Ordinal); // the handler's own record's failure
        }

        [Fact]
        public void Only_the_logs_own_files_are_recognised_for_retention()
        {
            // Files of other names in the log's folder are never taken for old logs (and deleted).
            var names = new ClefFileNames(LogPath, ClefRollingInterval.Day);
            Directory.CreateDirectory(_folder);
            Gen<string> name = Gen.Select(
                Gen.OneOf("app", "APP", "ap", "app-", "apps", ""),
                Gen.Frequency(
                    (2, Gen.DateTime.Select(d => d.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture))),
                    (1, Gen.String[Gen.Char['0', '9'], 0, 10])),
                Gen.OneOf("", "_", "_0", "_00"),
                Gen.String[Gen.Char['0', '9'], 0, 5],
                Gen.OneOf(".clef", ".clef.gz", ".cle", "", ".CLEF"),
                (stem, period, separator, sequence, extension) => stem + period + separator + sequence + extension);
            int recognised = 0;
            name.Array[1, 20].Sample(
                candidates =>
                {
                    foreach (string file in Directory.GetFiles(_folder))
                        File.Delete(file);
                    foreach (string candidate in candidates)
                    {
                        if (candidate.Length > 0 && candidate.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 && candidate != "." && candidate != "..")
                            File.WriteAllText(Path.Combine(_folder, candidate), "");
                    }

                    foreach (var (path, period, sequence) in names.Existing())
                    {
                        recognised++;
                        string name = Path.GetFileName(path);
                        Assert.Matches(@"^app\d{8}(_\d{3,})?\.clef$", name);
                        Assert.Equal(name, Path.GetFileName(names.PathOf(DateTime.ParseExact(period, "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), sequence)));
                    }
                },
                iter: 300,
                seed: "0Qc7bqKRaGc3");
            Assert.True(recognised > 5, recognised + " names recognised"); // the generator does make the log's own names
        }
    }
}
