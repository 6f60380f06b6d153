using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using I18nToolkit.Cli.Tests.TestSupport;
using Xunit;

namespace I18nToolkit.Cli.Tests.Logs
{
    public sealed class FilterCommandTests : IDisposable
    {
        private const string Warning = "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"E131: Could not find files with pattern {Pattern} in directory {Directory}\",\"@l\":\"Warning\",\"Pattern\":\"*.csv\",\"Directory\":\"/in\",\"MessageId\":\"E131\",\"MessagePrefix\":\"PayrollSync\",\"Application\":\"Payrollsync\",\"Msgid\":\"ID-42\"}";
        private const string Info = "{\"@t\":\"2026-11-21T07:05:00Z\",\"@mt\":\"Started {Count}\",\"Count\":3,\"Application\":\"Billing\"}";
        private const string Error = "{\"@t\":\"2026-11-21T07:10:00Z\",\"@mt\":\"Evil {X}\",\"@l\":\"Error\",\"@x\":\"System.Exception: boom\\n   at Here()\",\"X\":\"a\\n2026-11-21T00:00:00Z INF forged \\u001b[2J\",\"Application\":\"Payrollsync\",\"MessageId\":\"E200\"}";
        private const string Microsoft = "{\"EventId\":140,\"LogLevel\":\"Warning\",\"Category\":\"Worker\",\"Message\":\"Moved ID-7\",\"State\":{\"Message\":\"Moved ID-7\",\"Msgid\":\"ID-7\",\"{OriginalFormat}\":\"Moved {Msgid}\"},\"Scopes\":[{\"Application\":\"Payrollsync\"}]}";

        private readonly string _folder = Path.Combine(Path.GetTempPath(), "i18n-logs-" + Guid.NewGuid().ToString("N"));

        public FilterCommandTests() => Directory.CreateDirectory(_folder);

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private string File(string name, params string[] lines)
        {
            string path = Path.Combine(_folder, name);
            System.IO.File.WriteAllText(path, string.Join("\n", lines) + "\n");
            return path;
        }

        [Fact]
        public void The_issues_example_filter_finds_the_warning()
        {
            string log = File("app.clef", Warning, Info, Error);

            CliRun run = CliRun.Of("logs", "filter", log, "--where", "Application = 'Payrollsync' and @l in ('Warning','Error') and MessageId like 'E1%'");

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal("2026-11-21T07:00:00Z WRN [PayrollSync-E131] E131: Could not find files with pattern *.csv in directory /in {Application=Payrollsync, Msgid=ID-42}\n", run.Output);
        }

        [Fact]
        public void Json_output_is_the_matching_lines_as_read_and_both_formats_are_read()
        {
            string log = File("mixed.jsonl", Warning, Microsoft, Info);

            CliRun run = CliRun.Of("logs", "filter", log, "-w", "Application = 'Payrollsync' and @l = 'Warning'", "--output", "json");

            Assert.Equal(Warning + "\n" + Microsoft + "\n", run.Output);
        }

        [Fact]
        public void Text_output_neutralizes_line_breaks_and_escape_sequences_in_values()
        {
            string log = File("evil.clef", Error);

            CliRun run = CliRun.Of("logs", "filter", log);

            string[] lines = run.Output.TrimEnd('\n').Split('\n');
            Assert.Equal(3, lines.Length); // the record and its exception's two lines, indented
            Assert.StartsWith("2026-11-21T07:10:00Z ERR [E200] Evil a\\n2026-11-21T00:00:00Z INF forged \\e[2J", lines[0], StringComparison.Ordinal);
            Assert.Equal("    System.Exception: boom", lines[1]);
            Assert.DoesNotContain('\u001b', run.Output);
        }

        [Fact]
        public void A_malformed_line_is_reported_with_its_number_and_the_rest_is_read()
        {
            string log = File("broken.clef", Warning, "{\"@t\":\"2026-11-21T07:01:00Z\",\"Application\":\"Payrollsync\"", "plain text", Info);

            CliRun run = CliRun.Of("logs", "filter", log, "--where", "Application = 'Billing'");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("Started 3", run.Output, StringComparison.Ordinal);
            Assert.Contains("broken.clef:2: not a JSON log record", run.Error, StringComparison.Ordinal);
            Assert.Contains("broken.clef:3: not a JSON log record", run.Error, StringComparison.Ordinal);
            Assert.Contains("2 of 4 lines were not JSON log records", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void A_malformed_expression_shows_a_caret_under_the_position()
        {
            CliRun run = CliRun.Of("logs", "filter", File("a.clef", Info), "--where", "@l in ('Warning' 'Error')");

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("position 18: unexpected string `'Error'`, expected `)`", run.Error, StringComparison.Ordinal);
            Assert.Contains("\n  " + new string(' ', 17) + "^", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Since_and_until_take_times_and_durations()
        {
            string log = File("times.clef", Warning, Info, Error);

            Assert.Equal(1, Lines(CliRun.Of("logs", "filter", log, "--since", "2026-11-21T07:04:00Z", "--until", "2026-11-21T07:06:00Z")));
            Assert.Equal(0, Lines(CliRun.Of("logs", "filter", log, "--since", "15m")));
            Assert.Equal(3, Lines(CliRun.Of("logs", "filter", log, "--since", "3650d")));
            CliRun bad = CliRun.Of("logs", "filter", log, "--since", "yesterday");
            Assert.Equal(2, bad.ExitCode);
            Assert.Contains("--since 'yesterday'", bad.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Gzip_files_and_standard_input_are_read()
        {
            string gz = Path.Combine(_folder, "old.clef.gz");
            using (var file = System.IO.File.Create(gz))
            using (var zip = new GZipStream(file, CompressionLevel.Fastest))
                zip.Write(Encoding.UTF8.GetBytes(Warning + "\n" + Info + "\n"));

            Assert.Equal(2, Lines(CliRun.Of("logs", "filter", gz)));
            var stdin = new MemoryStream(Encoding.UTF8.GetBytes(Info + "\r\n" + Warning + "\r\n"));
            var output = new StringWriter();
            int code = CliApplication.Run(new[] { "logs", "filter", "-", "-w", "Count = 3" }, output, new StringWriter(), stdin);
            Assert.Equal(0, code);
            Assert.StartsWith("2026-11-21T07:05:00Z INF Started 3", output.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Messages_are_rendered_again_in_german_from_the_samples_resources()
        {
            string resources = Path.Combine(RepositoryRoot(), "samples", "PayrollSync", "Resources");

            CliRun run = CliRun.Of("logs", "filter", File("app.clef", Warning, Info), "--culture", "de-AT", "--resources", resources);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("[PayrollSync-E131] E131: Keine Dateien mit Muster *.csv im Verzeichnis /in gefunden {Application=Payrollsync, Msgid=ID-42}", run.Output, StringComparison.Ordinal);
            Assert.Contains("Started 3", run.Output, StringComparison.Ordinal); // not a toolkit message: as logged
            Assert.Equal(2, CliRun.Of("logs", "filter", File("b.clef", Info), "--culture", "de").ExitCode);
        }

        [Fact]
        public void Re_rendering_follows_the_applications_translation_rules()
        {
            // de-AT keeps the ID in its value (not shown twice) for E131; its I140 has other holes, which the application
            // skips for the parent culture's, and so does the tool.
            string resources = Path.Combine(_folder, "res");
            Directory.CreateDirectory(resources);
            System.IO.File.WriteAllText(Path.Combine(resources, "Messages.de-AT.resx"), Resx(("PayrollSync-E131", "E131: Kane Dateien {Pattern} in {Directory}"), ("PayrollSync-I140", "Verschoben: {Wrong}")));
            System.IO.File.WriteAllText(Path.Combine(resources, "Messages.de.resx"), Resx(("PayrollSync-I140", "{Count} Dateien verschoben")));
            const string moved = "{\"@t\":\"2026-11-21T07:01:00Z\",\"@mt\":\"I140: Moved {Count} files\",\"Count\":4,\"MessageId\":\"I140\",\"MessagePrefix\":\"PayrollSync\"}";

            CliRun run = CliRun.Of("logs", "filter", File("app.clef", Warning, moved), "--culture", "de-AT", "--resources", resources);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("[PayrollSync-E131] E131: Kane Dateien *.csv in /in {", run.Output, StringComparison.Ordinal);
            Assert.Contains("[PayrollSync-I140] I140: 4 Dateien verschoben", run.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("Wrong", run.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Plural_messages_are_rendered_again_with_the_culture_s_categories()
        {
            string resources = Path.Combine(_folder, "plural");
            Directory.CreateDirectory(resources);
            System.IO.File.WriteAllText(Path.Combine(resources, "Messages.pl.resx"), Resx(
                ("PayrollSync-I141", "Przeniesiono {Count, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}}"),
                ("PayrollSync-I142", "{Count, plural, one {# plik} other {# pliku}}")));
            string Moved(int count, string id) => "{\"@t\":\"2026-11-21T07:01:00Z\",\"@mt\":\"" + id + ": Moved {Count, plural, one {# file} other {# files}}\",\"Count\":" + count + ",\"MessageId\":\"" + id + "\",\"MessagePrefix\":\"PayrollSync\"}";

            CliRun run = CliRun.Of("logs", "filter", File("plural.clef", Moved(1, "I141"), Moved(2, "I141"), Moved(5, "I141"), Moved(22, "I141"), Moved(3, "I142")), "--culture", "pl-PL", "--resources", resources);

            Assert.True(run.ExitCode == 0, run.ToString());
            foreach (string expected in new[] { "I141: Przeniesiono 1 plik", "I141: Przeniesiono 2 pliki", "I141: Przeniesiono 5 plików", "I141: Przeniesiono 22 pliki" })
                Assert.Contains(expected, run.Output, StringComparison.Ordinal);
            // I142's Polish lacks few and many: the application would not use it, so neither does the tool.
            Assert.Contains("I142: Moved 3 files", run.Output, StringComparison.Ordinal);
            Assert.Contains("Moved 1 file", CliRun.Of("logs", "filter", File("en.clef", Moved(1, "I141"))).Output, StringComparison.Ordinal);
        }

        private static string Resx(params (string Key, string Value)[] entries)
        {
            var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n");
            foreach (var (key, value) in entries)
                text.Append($"  <data name=\"{key}\" xml:space=\"preserve\"><value>{value}</value></data>\n");
            return text.Append("</root>\n").ToString();
        }

        [Fact]
        public async Task Follow_reads_lines_as_they_are_written_and_across_rotation()
        {
            string log = File("live.clef", Info);
            var output = new StringWriter();
            using var stop = new CancellationTokenSource();
            Task<int> run = CliApplication.RunAsync(new[] { "logs", "filter", log, "--follow", "-o", "json" }, TextWriter.Synchronized(output), new StringWriter(), null, stop.Token);

            await WaitFor(() => output.ToString().Contains(Info, StringComparison.Ordinal));
            System.IO.File.AppendAllText(log, Warning + "\n");
            await WaitFor(() => output.ToString().Contains(Warning, StringComparison.Ordinal));

            // Rotation: the file is moved away and a new one (shorter) takes its name.
            System.IO.File.Move(log, log + ".1");
            System.IO.File.WriteAllText(log, Error + "\n");
            await WaitFor(() => output.ToString().Contains(Error, StringComparison.Ordinal));

            stop.Cancel();
            Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(10)));
            Assert.Equal(new[] { Info, Warning, Error }, output.ToString().TrimEnd('\n').Split('\n'));
        }

        [Fact]
        public void Stats_count_per_group_largest_first()
        {
            string log = File("stats.clef", Warning, Info, Error, Microsoft, Info);

            CliRun text = CliRun.Of("logs", "stats", log, "--by", "Application,@l", "--top", "2");
            CliRun json = CliRun.Of("logs", "stats", log, "--by", "Application", "--where", "@l <> 'Information'", "-o", "json");

            Assert.Equal(
                "Application  @l           Count\nBilling      Information      2\nPayrollsync  Warning          2\n5 records in 3 groups, the largest 2 shown.\n",
                text.Output.Replace("\r\n", "\n"));
            Assert.Contains("\"Application\": \"Payrollsync\",\n    \"Count\": 3", json.Output.Replace("\r\n", "\n"), StringComparison.Ordinal);
        }

        private static int Lines(CliRun run) => run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => !l.StartsWith("    ", StringComparison.Ordinal));

        private static async Task WaitFor(Func<bool> condition)
        {
            for (int i = 0; i < 100 && !condition(); i++)
                await Task.Delay(100);
            Assert.True(condition(), "timed out");
        }

        private static string RepositoryRoot()
        {
            string? folder = AppContext.BaseDirectory;
            while (folder is not null && !System.IO.File.Exists(Path.Combine(folder, "I18nToolkit.sln")))
                folder = Path.GetDirectoryName(folder);
            return folder!;
        }
    }
}
