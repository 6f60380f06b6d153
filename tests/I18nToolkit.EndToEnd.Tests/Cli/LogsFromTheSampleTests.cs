using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using I18nToolkit.EndToEnd.Tests.TestSupport;
using Xunit;

namespace I18nToolkit.EndToEnd.Tests.Cli
{
    /// <summary>The administrator's path: the sample writes CLEF lines (both logging stacks), the i18n tool filters them.</summary>
    [Trait("Category", "EndToEnd")]
    public sealed class LogsFromTheSampleTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "i18n-e2e-logs-" + Guid.NewGuid().ToString("N"));

        public LogsFromTheSampleTests() => Directory.CreateDirectory(_folder);

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        [Theory]
        [InlineData("mel")]
        [InlineData("serilog")]
        public async Task The_samples_log_filtered_by_application_keeps_the_third_party_warning(string logger)
        {
            var sample = await DotNet.RunAsync($"run --project samples/PayrollSync -- --format clef --logger {logger}");
            Assert.True(sample.ExitCode == 0, sample.Error + sample.Output);
            string log = Path.Combine(_folder, logger + ".clef");
            File.WriteAllText(log, sample.Output);

            var filtered = await DotNet.RunAsync($"run --project src/I18nToolkit.Cli -- logs filter \"{log}\" --where \"Application = 'Payrollsync' and @l = 'Warning'\"");

            Assert.True(filtered.ExitCode == 0, filtered.Error + filtered.Output);
            string[] lines = filtered.Output.Split('\n').Where(l => l.Length > 0 && !l.StartsWith(" ", StringComparison.Ordinal)).ToArray();
            Assert.Contains(lines, l => l.Contains("WRN Encoding missing, assuming UTF-8", StringComparison.Ordinal) && l.Contains("Msgid=ID-42", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains("WRN [PayrollSync-E131] E131: Could not find files with pattern", StringComparison.Ordinal));
            Assert.All(lines, l => Assert.Contains("Application=Payrollsync", l, StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.Contains(" INF ", StringComparison.Ordinal));
        }

        [Fact]
        public async Task The_samples_english_log_is_rendered_in_german_from_its_satellite_assemblies()
        {
            var sample = await DotNet.RunAsync("run --project samples/PayrollSync -- --format clef");
            Assert.True(sample.ExitCode == 0, sample.Error + sample.Output);
            string log = Path.Combine(_folder, "en.clef");
            File.WriteAllText(log, sample.Output);
            string output = Path.Combine(DotNet.RepositoryRoot, "samples", "PayrollSync", "bin", "Debug", "net10.0");

            var german = await DotNet.RunAsync($"run --project src/I18nToolkit.Cli -- logs filter \"{log}\" --where \"MessageId like 'I10%'\" --culture de --resources \"{output}\"");

            Assert.True(german.ExitCode == 0, german.Error + german.Output);
            Assert.Contains("[PayrollSync-I102] I102: Lohnabrechnung 2026-11-A importiert: 2 Datensätze, Summe 2.190,50", german.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("Worker stopped", german.Output, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Stats_count_the_samples_records_per_message()
        {
            var sample = await DotNet.RunAsync("run --project samples/PayrollSync -- --format clef");
            string log = Path.Combine(_folder, "stats.clef");
            File.WriteAllText(log, sample.Output);

            var stats = await DotNet.RunAsync($"run --project src/I18nToolkit.Cli -- logs stats \"{log}\" --by MessageId,@l");

            Assert.True(stats.ExitCode == 0, stats.Error + stats.Output);
            Assert.Matches(@"I101\s+Information\s+3", stats.Output);
            Assert.Matches(@"\(none\)\s+Warning\s+1", stats.Output); // the third-party warning has no message ID
        }
    }
}
