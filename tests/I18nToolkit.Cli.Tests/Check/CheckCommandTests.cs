using System;
using System.Text.Json;
using I18nToolkit.Cli.Tests.TestSupport;
using Xunit;

namespace I18nToolkit.Cli.Tests.Check
{
    public class CheckCommandTests
    {
        [Fact]
        public void Each_kind_of_issue_is_reported_per_culture_and_holes_fail_by_default()
        {
            using TempProject project = TranslatedProject.Create();
            project.WithMessages("Worker.cs", "E100: Could not open file {File}", "I101: Started {Count} jobs"); // E100 changed, W102 removed

            CliRun run = CliRun.Of("check", project.Directory);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("2 messages in code.", run.Output, StringComparison.Ordinal);
            Assert.Contains("de: 0 translated, 0 missing, 1 stale, 1 obsolete, 1 holes", run.Output, StringComparison.Ordinal);
            Assert.Matches(@"stale\s+App-E100\s+Resources/Messages.de.resx\(\d+\): English now: Could not open file \{File\}", run.Output);
            Assert.Matches(@"holes\s+App-I101\s+Resources/Messages.de.resx\(\d+\): .*\{Count\}", run.Output);
            Assert.Matches(@"obsolete\s+App-W102", run.Output);
            Assert.Contains("failing on holes", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void A_plural_without_a_category_its_culture_needs_is_reported_at_its_line_and_fails()
        {
            using TempProject project = PluralProject.Create();
            string polish = project.Read("Resources/Messages.pl.resx").Replace(
                "<data name=\"App-I140\" xml:space=\"preserve\">\n    <value></value>",
                "<data name=\"App-I140\" xml:space=\"preserve\">\n    <value>Przeniesiono {Count, plural, one {# plik} many {# plików} other {# pliku}} do {Folder}</value>", StringComparison.Ordinal);
            project.Write("Resources/Messages.pl.resx", polish);

            CliRun run = CliRun.Of("check", project.Directory);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("pl: 0 translated, 2 missing, 0 stale, 0 obsolete, 0 holes, 1 plurals", run.Output, StringComparison.Ordinal);
            Assert.Matches(@"plurals\s+App-I140\s+Resources/Messages.pl.resx\(\d+\): .*must have the plural categories of pl \(one, few, many, other; .*\): missing few", run.Output);
            Assert.Contains("failing on plurals", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Fail_on_chooses_what_fails_and_json_gives_the_counts()
        {
            using TempProject project = TranslatedProject.Create();

            CliRun missing = CliRun.Of("check", project.Directory, "--fail-on", "missing", "--format", "json");
            CliRun none = CliRun.Of("check", project.Directory, "--fail-on", "none");
            CliRun bad = CliRun.Of("check", project.Directory, "--fail-on", "typos");

            Assert.Equal(1, missing.ExitCode);
            JsonElement german = JsonDocument.Parse(missing.Output).RootElement.GetProperty("cultures")[0];
            Assert.Equal("de", german.GetProperty("culture").GetString());
            Assert.Equal(1, german.GetProperty("translated").GetInt32());
            Assert.Equal(1, german.GetProperty("missing").GetInt32());
            Assert.Equal(1, german.GetProperty("holes").GetInt32());
            Assert.Equal(0, none.ExitCode);
            Assert.Equal(2, bad.ExitCode);
            Assert.Contains("--fail-on typos", bad.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Entries_under_an_earlier_prefix_are_read_as_the_next_build_will_move_them()
        {
            using TempProject project = TranslatedProject.Create(); // prefix App; E100 translated, I101 with a hole mistake
            string german = project.Read("Resources/Messages.de.resx");
            project.Write("Resources/Messages.de.resx", german.Replace("\"App-", "\"OldApp-", StringComparison.Ordinal));

            CliRun run = CliRun.Of("check", project.Directory, "--fail-on", "moved");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("de: 1 translated, 1 missing, 0 stale, 0 obsolete, 1 holes, 3 moved", run.Output, StringComparison.Ordinal);
            Assert.Matches(@"moved\s+OldApp-E100\s+Resources/Messages.de.resx\(\d+\): under the earlier prefix 'OldApp'; the next build \(or i18n extract\) moves it to App-E100", run.Output);
            Assert.Equal(0, CliRun.Of("extract", project.Directory).ExitCode);
            Assert.Contains("de: 1 translated, 1 missing, 0 stale, 0 obsolete, 1 holes (", CliRun.Of("check", project.Directory).Output, StringComparison.Ordinal);
        }
    }
}
