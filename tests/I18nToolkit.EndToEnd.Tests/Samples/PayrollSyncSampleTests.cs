using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using I18nToolkit.EndToEnd.Tests.TestSupport;
using Xunit;

namespace I18nToolkit.EndToEnd.Tests.Samples
{
    [Trait("Category", "EndToEnd")]
    public class PayrollSyncSampleTests
    {
        // "warn: Category[131] => Application=Payrollsync, Msgid=ID-43 E131: text" (the scope part is optional)
        private static readonly Regex Line = new Regex(@"^(?<level>\w+): (?<category>[\w.]+)\[(?<event>\d+)\] (=> (?<scope>Application=\w+, Msgid=[\w-]+) )?(?<text>.*)$", RegexOptions.Multiline);
        private static readonly Regex MessageId = new Regex(@"^[A-Z]\d{3,}(?=: )");

        [Fact]
        public async Task The_readme_command_prints_english_lines_with_ids_and_event_ids()
        {
            var (exit, output, error) = await DotNet.RunAsync("run --project samples/PayrollSync");

            Assert.True(exit == 0, error + output);
            Assert.Contains("info: PayrollSync.Worker.PayrollWorker[100] I100: Worker started; 3 messages queued", output);
            Assert.Contains("warn: PayrollSync.Service.PayrollService[131] => Application=Payrollsync, Msgid=ID-43 E131: Could not find files with pattern *.csv in directory inbox/archive System.IO.DirectoryNotFoundException", output);
            Assert.Contains("I102: Payroll batch 2026-11-A imported: 2 records, total 2,190.50", output);
            Assert.Contains("info: PayrollSync.Worker.PayrollWorker[199] I199: Worker stopped; 2 processed, 1 failed", output);
        }

        [Fact]
        public async Task With_culture_de_the_same_ids_print_in_german()
        {
            var english = await DotNet.RunAsync("run --project samples/PayrollSync");
            var german = await DotNet.RunAsync("run --project samples/PayrollSync -- --culture de");

            Assert.True(german.ExitCode == 0, german.Error + german.Output);
            Assert.Contains("E131: Keine Dateien mit Muster *.csv im Verzeichnis inbox/archive gefunden", german.Output);
            Assert.Contains("I102: Lohnabrechnung 2026-11-A importiert: 2 Datensätze, Summe 2.190,50", german.Output);

            // Same records, same event IDs and message IDs, different text (the third-party line stays as it is).
            var en = Line.Matches(english.Output).Select(m => (m.Groups["event"].Value, m.Groups["scope"].Value, Id(m.Groups["text"].Value))).ToList();
            var de = Line.Matches(german.Output).Select(m => (m.Groups["event"].Value, m.Groups["scope"].Value, Id(m.Groups["text"].Value))).ToList();
            Assert.Equal(12, en.Count); // ID-43 is tried three times: three E131 lines
            Assert.Equal(en, de);
            Assert.NotEqual(Line.Matches(english.Output).Select(m => m.Groups["text"].Value).Where(t => t.StartsWith("I1")),
                Line.Matches(german.Output).Select(m => m.Groups["text"].Value).Where(t => t.StartsWith("I1")));
        }

        [Theory]
        [InlineData("en", 1, "W140: Message ID-43 moved to the dead-letter queue after 1 attempt")]
        [InlineData("en", 3, "W140: Message ID-43 moved to the dead-letter queue after 3 attempts")]
        [InlineData("de", 1, "W140: Nachricht ID-43 nach 1 Versuch in die Dead-Letter-Warteschlange verschoben")]
        [InlineData("de", 3, "W140: Nachricht ID-43 nach 3 Versuchen in die Dead-Letter-Warteschlange verschoben")]
        [InlineData("pl", 1, "W140: Wiadomość ID-43 przeniesiono do kolejki martwych wiadomości po 1 próbie")]
        [InlineData("pl", 3, "W140: Wiadomość ID-43 przeniesiono do kolejki martwych wiadomości po 3 próbach")]
        [InlineData("pl", 5, "W140: Wiadomość ID-43 przeniesiono do kolejki martwych wiadomości po 5 próbach")]
        public async Task The_dead_letter_line_reads_right_for_one_and_for_several_attempts_in_every_shipped_language(string culture, int attempts, string expected)
        {
            var (exit, output, error) = await DotNet.RunAsync($"run --project samples/PayrollSync -- --culture {culture} --attempts {attempts}");

            Assert.True(exit == 0, error + output);
            Assert.Contains(expected, output);
            if (culture == "pl")
                Assert.Contains("I102: Zaimportowano listę płac 2026-11-A: 2 rekordy, suma 2 190,50", output.Replace('\u00a0', ' ').Replace('\u202f', ' '));
        }

        [Fact]
        public async Task An_unknown_culture_is_a_clear_error()
        {
            var (exit, _, error) = await DotNet.RunAsync("run --project samples/PayrollSync -- --culture xx-NOPE");

            Assert.Equal(2, exit);
            Assert.Contains("Unknown culture 'xx-NOPE'", error);
        }

        [Fact]
        public async Task The_third_party_warning_carries_the_workers_context_on_the_console()
        {
            var (exit, output, error) = await DotNet.RunAsync("run --project samples/PayrollSync");

            Assert.True(exit == 0, error + output);
            Assert.Contains("warn: LegacyParsing.LegacyRecordParser[0] => Application=Payrollsync, Msgid=ID-42 Encoding missing, assuming UTF-8", output);
            Assert.Contains("info: PayrollSync.Worker.PayrollWorker[100] I100: Worker started", output); // outside any scope
        }

        [Fact]
        public async Task The_third_party_warning_carries_the_context_in_json_output()
        {
            var (exit, output, error) = await DotNet.RunAsync("run --project samples/PayrollSync -- --format json");

            Assert.True(exit == 0, error + output);
            JsonElement record = Clef(output).Single(r => r.GetProperty("Category").GetString() == "LegacyParsing.LegacyRecordParser");
            JsonElement scope = Assert.Single(record.GetProperty("Scopes").EnumerateArray());
            Assert.Equal("Payrollsync", scope.GetProperty("Application").GetString());
            Assert.Equal("ID-42", scope.GetProperty("Msgid").GetString());

            JsonElement e131 = Clef(output).First(r => r.GetProperty("EventId").GetInt32() == 131); // one per attempt
            Assert.Equal("E131", e131.GetProperty("State").GetProperty("MessageId").GetString());
            Assert.Equal("*.csv", e131.GetProperty("State").GetProperty("Pattern").GetString());
        }

        [Fact]
        public async Task Through_serilog_the_third_party_warning_carries_the_context_as_text_and_as_json_properties()
        {
            var text = await DotNet.RunAsync("run --project samples/PayrollSync -- --logger serilog --culture de");
            var json = await DotNet.RunAsync("run --project samples/PayrollSync -- --logger serilog --format json");

            Assert.True(text.ExitCode == 0, text.Error + text.Output);
            Assert.Contains("WARN: LegacyParsing.LegacyRecordParser [Application=Payrollsync, Msgid=ID-42] Encoding missing, assuming UTF-8", text.Output);
            Assert.Contains("WARN: PayrollSync.Service.PayrollService [Application=Payrollsync, Msgid=ID-43] E131: Keine Dateien mit Muster *.csv im Verzeichnis inbox/archive gefunden", text.Output);
            Assert.Contains("I102: Lohnabrechnung 2026-11-A importiert: 2 Datensätze, Summe 2.190,50", text.Output);

            Assert.True(json.ExitCode == 0, json.Error + json.Output);
            JsonElement record = Clef(json.Output).Single(r => r.GetProperty("MessageTemplate").GetString() == "Encoding missing, assuming UTF-8");
            JsonElement properties = record.GetProperty("Properties");
            Assert.Equal("Payrollsync", properties.GetProperty("Application").GetString());
            Assert.Equal("ID-42", properties.GetProperty("Msgid").GetString());
            Assert.Equal("LegacyParsing.LegacyRecordParser", properties.GetProperty("SourceContext").GetString());
        }

        private static JsonElement[] Clef(string output) =>
            output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries)
                .Where(line => line.TrimStart().StartsWith('{'))
                .Select(line => JsonDocument.Parse(line).RootElement)
                .ToArray();

        private static string Id(string text)
        {
            Match id = MessageId.Match(text);
            return id.Success ? id.Value : "(no id)";
        }
    }
}
