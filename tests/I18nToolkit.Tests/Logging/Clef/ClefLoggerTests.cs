using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using I18nToolkit.Context;
using I18nToolkit.Logging;
using I18nToolkit.Logging.Clef;
using I18nToolkit.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using Xunit;
using static I18nToolkit.Tests.TestSupport.TestMessages;

namespace I18nToolkit.Tests.Logging.Clef
{
    public class ClefLoggerTests
    {
        private static ILoggerFactory Create(TextWriter writer, bool template = true) =>
            LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Trace).AddDiagnosticContext().AddClef(o =>
            {
                o.Writer = writer;
                o.IncludeMessageTemplate = template;
            }));

        [Fact]
        public void Records_written_from_many_threads_come_back_whole_every_one()
        {
            string path = Path.Combine(Path.GetTempPath(), "i18n-clef-" + Guid.NewGuid().ToString("N") + ".clef");
            const int Threads = 8, PerThread = 2_000;
            try
            {
                using (ILoggerFactory factory = LoggerFactory.Create(logging => logging.AddDiagnosticContext().AddClef(o => o.Path = path)))
                {
                    LocalizedLogger log = factory.CreateLocalizedLogger("Load");
                    Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, t =>
                    {
                        using (DiagnosticContext.Push("Thread", t))
                        {
                            for (int i = 0; i < PerThread; i++)
                                log.Warn(Loc.X("E101: Hello {Name}", new string('x', i % 300) + t + "/" + i));
                        }
                    });
                }

                string[] lines = File.ReadAllLines(path);
                Assert.Equal(Threads * PerThread, lines.Length);
                var seen = lines.Select(l => JsonDocument.Parse(l).RootElement)
                    .Select(r => (r.GetProperty("Thread").GetInt32(), r.GetProperty("Name").GetString()!))
                    .ToHashSet();
                Assert.Equal(Threads * PerThread, seen.Count);
                Assert.All(seen, r => Assert.StartsWith(r.Item1 + "/", r.Item2.TrimStart('x'), StringComparison.Ordinal)); // each record's own context
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void The_file_is_closed_with_its_logger_factory()
        {
            if (!Directory.Exists("/proc/self/fd"))
                return; // the open-file table is read from Linux's /proc
            string path = Path.Combine(Path.GetTempPath(), "i18n-clef-" + Guid.NewGuid().ToString("N") + ".clef");
            try
            {
                using (ILoggerFactory factory = LoggerFactory.Create(logging => logging.AddClef(o => o.Path = path)))
                {
                    factory.CreateLogger("App").LogWarning("Written before the factory ends");
                    Assert.True(IsOpen(path), "the provider holds the file while the factory lives");
                }

                Assert.False(IsOpen(path), "the file is still open after the logger factory was disposed");
                Assert.Contains("Written before the factory ends", File.ReadAllText(path), StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(path);
            }

            static bool IsOpen(string file) => Directory.GetFiles("/proc/self/fd").Any(fd =>
            {
                try
                {
                    return new FileInfo(fd).LinkTarget == file;
                }
                catch (IOException)
                {
                    return false; // closed while we looked
                }
            });
        }

        [Fact]
        public void A_record_without_a_template_has_no_template_and_every_record_has_an_event_type_and_its_trace()
        {
            var writer = new StringWriter();
            using var activity = new System.Diagnostics.Activity("request").SetIdFormat(System.Diagnostics.ActivityIdFormat.W3C).Start();
            using (ILoggerFactory factory = Create(writer, template: true))
            {
                ILogger plain = factory.CreateLogger("ThirdParty");
                plain.Log(LogLevel.Information, default, "already rendered", null, (state, _) => state);
                plain.LogInformation("Encoding {Encoding}", "UTF-8");
            }

            JsonElement[] records = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
            Assert.False(records[0].TryGetProperty("@mt", out _)); // rendered text is not passed off as a template
            Assert.Equal("already rendered", records[0].GetProperty("@m").GetString());
            Assert.Equal("Encoding {Encoding}", records[1].GetProperty("@mt").GetString());
            Assert.Equal(EventType.Text(EventType.Of(null, null, "Encoding {Encoding}")), records[1].GetProperty("@i").GetString());
            Assert.All(records, r => Assert.Equal(activity.TraceId.ToHexString(), r.GetProperty("@tr").GetString()));
            Assert.All(records, r => Assert.Equal(activity.SpanId.ToHexString(), r.GetProperty("@sp").GetString()));
        }

        [Fact]
        public void A_localized_record_is_one_clef_line_with_id_prefix_holes_and_context()
        {
            var writer = new StringWriter();
            using (ILoggerFactory factory = Create(writer))
            {
                LocalizedLogger log = factory.CreateLocalizedLogger("Payroll.Worker");
                using (DiagnosticContext.Push(("Application", "Payrollsync"), ("Msgid", "ID-42")))
                using (DiagnosticContext.Push("Msgid", "ID-43"))
                    log.Warn(Loc.X("E101: Hello {Name}", "Ada \"quoted\"\n"), new InvalidOperationException("boom"));
            }

            string line = Assert.Single(writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
            JsonElement record = JsonDocument.Parse(line).RootElement;
            Assert.Equal("@t", record.EnumerateObject().First().Name);
            Assert.True(DateTimeOffset.TryParse(record.GetProperty("@t").GetString(), out _));
            Assert.Equal("Warning", record.GetProperty("@l").GetString());
            Assert.Equal("E101: Hello Ada \"quoted\"\n", record.GetProperty("@m").GetString());
            Assert.Equal("E101: Hello {Name}", record.GetProperty("@mt").GetString());
            // Lean: the English text and an EventId object follow from MessagePrefix + MessageId.
            Assert.False(record.TryGetProperty("EnglishFormat", out _));
            Assert.False(record.TryGetProperty("EventId", out _));
            Assert.Equal(EventType.Text(EventType.Of(record.GetProperty("MessagePrefix").GetString(), "E101", "")), record.GetProperty("@i").GetString());
            Assert.StartsWith("System.InvalidOperationException: boom", record.GetProperty("@x").GetString(), StringComparison.Ordinal);
            Assert.Equal("E101", record.GetProperty("MessageId").GetString());
            Assert.Equal("Ada \"quoted\"\n", record.GetProperty("Name").GetString());
            Assert.Equal("Payroll.Worker", record.GetProperty("SourceContext").GetString());
            Assert.Equal("Payrollsync", record.GetProperty("Application").GetString());
            Assert.Equal("ID-43", record.GetProperty("Msgid").GetString()); // the inner frame wins
        }

        [Fact]
        public void A_plural_record_has_the_chosen_form_as_its_message_and_the_whole_template()
        {
            var writer = new StringWriter();
            using (ILoggerFactory factory = Create(writer))
            {
                LocalizedLogger log = factory.CreateLocalizedLogger("Payroll.Worker");
                using var _ = new CultureScope("en-US");
                log.Info(Loc.X("I140: Moved {Count, plural, one {# file} other {# files}} to {Folder}", 1, "/in"));
                log.Info(Loc.X("I140: Moved {Count, plural, one {# file} other {# files}} to {Folder}", 3, "/in"));
            }

            var records = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(new[] { "I140: Moved 1 file to /in", "I140: Moved 3 files to /in" }, records.Select(r => r.GetProperty("@m").GetString()));
            Assert.All(records, r => Assert.Equal("I140: Moved {Count, plural, one {# file} other {# files}} to {Folder}", r.GetProperty("@mt").GetString()));
            Assert.Equal(records[0].GetProperty("@i").GetString(), records[1].GetProperty("@i").GetString()); // one event type whatever the count
            Assert.Equal(3, records[1].GetProperty("Count").GetInt32());
        }

        [Fact]
        public void Plain_records_and_levels_follow_clef()
        {
            var writer = new StringWriter();
            using (ILoggerFactory factory = Create(writer))
            {
                ILogger log = factory.CreateLogger("Third.Party");
                log.LogInformation(new EventId(7, "Rows"), "Read {Count} rows at {Ratio}", 3, 0.5);
                log.LogCritical("Down");
                log.LogTrace("Detail");
            }

            var records = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.False(records[0].TryGetProperty("@l", out _)); // Information is left out
            Assert.Equal(3, records[0].GetProperty("Count").GetInt32());
            Assert.Equal(0.5, records[0].GetProperty("Ratio").GetDouble());
            Assert.Equal(7, records[0].GetProperty("EventId").GetProperty("Id").GetInt32()); // another library's record keeps its EventId
            Assert.Equal("Rows", records[0].GetProperty("EventId").GetProperty("Name").GetString());
            Assert.Equal("Fatal", records[1].GetProperty("@l").GetString());
            Assert.Equal("Verbose", records[2].GetProperty("@l").GetString());
        }

        [Fact]
        public void A_file_gets_every_line_whole_when_many_threads_log_at_once()
        {
            string path = Path.Combine(Path.GetTempPath(), "i18n-jsonl-" + Guid.NewGuid().ToString("N"), "app.clef");
            try
            {
                using (ILoggerFactory factory = LoggerFactory.Create(logging => logging.AddDiagnosticContext().AddClef(o => o.Path = path)))
                {
                    ILogger log = factory.CreateLogger("Load");
                    Parallel.For(0, 2000, i =>
                    {
                        using (DiagnosticContext.Push("Msgid", "ID-" + i))
                            log.LogInformation("Line {Index}", i);
                    });
                }

                var lines = File.ReadAllLines(path);
                Assert.Equal(2000, lines.Length);
                Assert.All(lines, l =>
                {
                    JsonElement record = JsonDocument.Parse(l).RootElement;
                    Assert.Equal("ID-" + record.GetProperty("Index").GetInt32(), record.GetProperty("Msgid").GetString());
                });
            }
            finally
            {
                Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
            }
        }

        [Fact]
        public void A_localized_record_to_a_file_allocates_at_most_64_bytes_in_steady_state()
        {
            string path = Path.Combine(Path.GetTempPath(), "i18n-clef-" + Guid.NewGuid().ToString("N") + ".clef");
            try
            {
                using (ILoggerFactory factory = LoggerFactory.Create(logging => logging.AddDiagnosticContext().AddClef(o => o.Path = path)))
                {
                    LocalizedLogger log = factory.CreateLocalizedLogger("Payroll.Worker");
                    using (DiagnosticContext.Push(("Application", "Payrollsync"), ("Msgid", "ID-42")))
                    {
                        for (int i = 0; i < 2_000; i++)
                            log.Info(Loc.X("I103: Read {Count} rows from {File} for {Tenant}", i, "input.csv", "acme"));
                        for (int i = 0; i < 2_000; i++)
                            log.Info(Loc.X("I104: Read {Count, plural, one {# row} other {# rows}} from {File} for {Tenant}", i, "input.csv", "acme"));
                        long before = GC.GetAllocatedBytesForCurrentThread();
                        for (int i = 0; i < 1_000; i++)
                            log.Info(Loc.X("I103: Read {Count} rows from {File} for {Tenant}", i, "input.csv", "acme"));
                        long perRecord = (GC.GetAllocatedBytesForCurrentThread() - before) / 1_000;
                        // A plural record chooses its branch and renders it into the line the same way.
                        before = GC.GetAllocatedBytesForCurrentThread();
                        for (int i = 0; i < 1_000; i++)
                            log.Info(Loc.X("I104: Read {Count, plural, one {# row} other {# rows}} from {File} for {Tenant}", i, "input.csv", "acme"));
                        perRecord = Math.Max(perRecord, (GC.GetAllocatedBytesForCurrentThread() - before) / 1_000);
#if RUNTIME_NETSTANDARD
                        // The netstandard2.0 build (for .NET Framework) renders the text through a string first.
                        Assert.True(perRecord <= 256, perRecord + " B per record");
#else
                        Assert.True(perRecord <= 64, perRecord + " B per record");
#endif
                    }
                }

                string[] lines = File.ReadAllLines(path);
                Assert.Equal(6_000, lines.Length);
                Assert.Contains("\"@m\":\"I104: Read 1 row from input.csv for acme\"", lines[2_001], StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void Without_the_template_a_record_keeps_its_text_and_identity()
        {
            var writer = new StringWriter();
            using (ILoggerFactory factory = Create(writer, template: false))
            {
                factory.CreateLocalizedLogger("App").Info(Loc.X("I105: Read {Count} rows", 3));
                factory.CreateLogger("Other").LogInformation("Plain {Count}", 4);
            }

            JsonElement[] records = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
            Assert.All(records, r => Assert.False(r.TryGetProperty("@mt", out _)));
            Assert.Equal("I105: Read 3 rows", records[0].GetProperty("@m").GetString());
            Assert.Equal("I105", records[0].GetProperty("MessageId").GetString());
            Assert.Equal(EventType.Text(EventType.Of(null, null, "Plain {Count}")), records[1].GetProperty("@i").GetString());
        }
    }
}
