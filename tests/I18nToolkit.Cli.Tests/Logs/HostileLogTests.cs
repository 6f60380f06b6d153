using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using I18nToolkit.Cli.Tests.TestSupport;
using Xunit;

namespace I18nToolkit.Cli.Tests.Logs
{
    /// <summary>One bad line never hides the rest of a log, and no line crashes, stalls or floods the tool.</summary>
    public sealed class HostileLogTests : IDisposable
    {
        private const string Good = "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"Started {Count}\",\"@l\":\"Warning\",\"Count\":3,\"Application\":\"Payrollsync\"}";
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "i18n-hostile-" + Guid.NewGuid().ToString("N"));

        public HostileLogTests() => Directory.CreateDirectory(_folder);

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private string Write(string name, byte[] content)
        {
            string path = Path.Combine(_folder, name);
            File.WriteAllBytes(path, content);
            return path;
        }

        private static byte[] Lines(params object[] lines) =>
            lines.SelectMany(l => (l is byte[] b ? b : Encoding.UTF8.GetBytes((string)l)).Concat(new[] { (byte)'\n' })).ToArray();

        [Theory]
        [InlineData("filter")]
        [InlineData("stats")]
        public void Lone_surrogate_escapes_and_invalid_utf8_are_reported_by_line_and_the_rest_is_read(string command)
        {
            byte[] invalidUtf8 = Encoding.UTF8.GetBytes("{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"x\",\"Application\":\"Pay").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();
            string log = Write("bad.clef", Lines(Good, "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"x\",\"Application\":\"\\ud800\"}", invalidUtf8, Good));

            CliRun run = command == "filter"
                ? CliRun.Of("logs", "filter", log, "--where", "Application like '%'", "--output", "text")
                : CliRun.Of("logs", "stats", log, "--by", "Application");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("bad.clef:2: not a JSON log record", run.Error, StringComparison.Ordinal);
            Assert.Contains("bad.clef:3: not a JSON log record", run.Error, StringComparison.Ordinal);
            if (command == "filter")
                Assert.Equal(2, run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            else
                Assert.Matches(@"Payrollsync\s+2\n", run.Output);
        }

        [Fact]
        public void Unfiltered_text_output_of_a_line_no_text_can_hold_is_a_report_not_a_crash()
        {
            string log = Write("surrogate.clef", Lines(Good, "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"{A}\",\"A\":\"\\udc00\"}", Good));

            CliRun run = CliRun.Of("logs", "filter", log);

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(2, run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.Contains("surrogate.clef:2:", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void A_line_over_the_maximum_length_is_skipped_and_said_and_the_next_lines_are_read()
        {
            string huge = "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"x\",\"Blob\":\"" + new string('x', 3 << 20) + "\"}";
            string log = Write("long.clef", Lines(Good, huge, Good));

            CliRun run = CliRun.Of("logs", "filter", log, "--max-line-length", "1048576", "--output", "json");

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(Good + "\n" + Good + "\n", run.Output);
            Assert.Contains("long.clef:2: a line of", run.Error, StringComparison.Ordinal);
            Assert.Contains("longer than the 1,048,576 allowed (--max-line-length); skipped.", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void A_gzip_bomb_without_line_breaks_is_read_in_bounded_memory()
        {
            // 256 MiB of zeros in about 250 KB: one endless line.
            string path = Path.Combine(_folder, "bomb.clef.gz");
            using (var file = File.Create(path))
            using (var gzip = new GZipStream(file, CompressionLevel.Optimal))
            {
                var zeros = new byte[1 << 20];
                for (int i = 0; i < 256; i++)
                    gzip.Write(zeros);
            }

            long before = GC.GetTotalMemory(forceFullCollection: true);
            CliRun run = CliRun.Of("logs", "filter", path, "--max-line-length", "4194304");
            long peak = GC.GetTotalAllocatedBytes(precise: false);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("bomb.clef.gz:1: a line of", run.Error, StringComparison.Ordinal);
            Assert.True(GC.GetTotalMemory(forceFullCollection: true) - before < 64 << 20, "nothing of the line is kept");
            Assert.True(peak > 0);
        }

        [Fact]
        public void Text_output_neutralizes_bidi_and_invisible_format_characters()
        {
            string line = "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"User {U}\",\"U\":\"admin\\u202Egnp.exe\\u200F\\u061C\\u200B\\uFEFF\\u2066x\\u2069 \\uDB40\\uDC41 ok\\u200D\"}";
            string log = Write("bidi.clef", Lines(line));

            CliRun run = CliRun.Of("logs", "filter", log);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("admin\\u202Egnp.exe\\u200F\\u061C\\u200B\\uFEFF\\u2066x\\u2069 \\U000E0041 ok\u200D", run.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Error_messages_quote_hostile_input_escaped_and_cut()
        {
            string log = Write("ok.clef", Lines(Good));

            CliRun run = CliRun.Of("logs", "filter", log, "--since", "\u001b[2J" + new string('9', 5000));

            Assert.Equal(2, run.ExitCode);
            Assert.DoesNotContain("\u001b", run.Error, StringComparison.Ordinal);
            Assert.Contains("\\e[2J", run.Error, StringComparison.Ordinal);
            Assert.True(run.Error.Length < 600, run.Error);
        }
    }
}
