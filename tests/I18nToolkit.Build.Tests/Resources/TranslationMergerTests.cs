using System.IO;
using System.Linq;
using I18nToolkit.Build.Resources;
using I18nToolkit.Resx;
using Xunit;
using static I18nToolkit.Build.Tests.TestSupport.Messages;

namespace I18nToolkit.Build.Tests.Resources
{
    public class TranslationMergerTests
    {
        private const string Path = "Resources/Messages.de.resx";

        private static ResxEntry Entry(string content, string name) =>
            ResxReader.Read(Path, new StringReader(content)).Single(e => e.Name == name);

        private static string Translate(string content, string name, string value) =>
            content.Replace($"<data name=\"{name}\" xml:space=\"preserve\">\n    <value></value>", $"<data name=\"{name}\" xml:space=\"preserve\">\n    <value>{value}</value>");

        [Fact]
        public void A_new_culture_file_gets_every_message_untranslated_with_its_english()
        {
            MergeResult result = TranslationMerger.Merge(Path, null, All("E131: Could not find {Pattern}", "I100: Started"), "App");

            Assert.True(result.Changed);
            Assert.Equal(2, result.Added);
            ResxEntry entry = Entry(result.Content, "App-E131");
            Assert.Equal(string.Empty, entry.Value);
            Assert.Equal("[i18n untranslated] English: Could not find {Pattern}", entry.Comment);
        }

        [Fact]
        public void A_filled_in_translation_is_kept_and_records_its_source()
        {
            var messages = All("E131: Could not find {Pattern}");
            string created = TranslationMerger.Merge(Path, null, messages, "App").Content;
            string translated = Translate(created, "App-E131", "Keine Dateien {Pattern}");

            MergeResult result = TranslationMerger.Merge(Path, translated, messages, "App");

            Assert.Equal(1, result.Translated);
            ResxEntry entry = Entry(result.Content, "App-E131");
            Assert.Equal("Keine Dateien {Pattern}", entry.Value);
            var markers = TranslationMarkers.Parse(entry.Comment);
            Assert.False(markers.Untranslated);
            Assert.Equal(TranslationMarkers.HashSource("E131: Could not find {Pattern}"), markers.SourceHash);
            Assert.Equal("English: Could not find {Pattern}", markers.Note);
        }

        [Fact]
        public void A_changed_english_text_marks_the_translation_stale_and_keeps_it()
        {
            string start = Translate(TranslationMerger.Merge(Path, null, All("E131: Could not find {Pattern}"), "App").Content, "App-E131", "Keine Dateien {Pattern}");
            start = TranslationMerger.Merge(Path, start, All("E131: Could not find {Pattern}"), "App").Content;

            MergeResult result = TranslationMerger.Merge(Path, start, All("E131: Found no files matching {Pattern}"), "App");

            Assert.Equal(1, result.Staled);
            ResxEntry entry = Entry(result.Content, "App-E131");
            Assert.Equal("Keine Dateien {Pattern}", entry.Value);
            var markers = TranslationMarkers.Parse(entry.Comment);
            Assert.True(markers.Stale);
            Assert.Equal(TranslationMarkers.HashSource("E131: Found no files matching {Pattern}"), markers.SourceHash);
        }

        [Fact]
        public void A_changed_plural_branch_marks_the_translation_stale_and_keeps_its_forms()
        {
            const string Before = "I140: Moved {Count, plural, one {# file} other {# files}}";
            const string Polish = "Przeniesiono {Count, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}}";
            string start = Translate(TranslationMerger.Merge(Path, null, All(Before), "App").Content, "App-I140", Polish);
            start = TranslationMerger.Merge(Path, start, All(Before), "App").Content;

            MergeResult result = TranslationMerger.Merge(Path, start, All("I140: Moved {Count, plural, one {# document} other {# documents}}"), "App");

            Assert.Equal(1, result.Staled);
            ResxEntry entry = Entry(result.Content, "App-I140");
            Assert.Equal(Polish, entry.Value);
            Assert.True(TranslationMarkers.Parse(entry.Comment).Stale);
            // Still a usable Polish translation: the runtime shows it (stale) until the translator reviews it.
            Assert.Equal(TranslationStatus.Stale, TranslationReview.Of(entry.Value, entry.Comment,
                I18nToolkit.Grammar.MessageDefinition.Parse("I140: Moved {Count, plural, one {# document} other {# documents}}"), "pl").Status);
        }

        [Fact]
        public void A_message_removed_from_code_is_kept_as_obsolete_and_revived_when_it_returns()
        {
            string start = Translate(TranslationMerger.Merge(Path, null, All("E131: Gone soon", "I100: Stays"), "App").Content, "App-E131", "Bald weg");

            MergeResult removed = TranslationMerger.Merge(Path, start, All("I100: Stays"), "App");
            Assert.Equal(1, removed.Obsoleted);
            Assert.Equal("Bald weg", Entry(removed.Content, "App-E131").Value);
            Assert.True(TranslationMarkers.Parse(Entry(removed.Content, "App-E131").Comment).Obsolete);

            MergeResult back = TranslationMerger.Merge(Path, removed.Content, All("E131: Gone soon", "I100: Stays"), "App");
            Assert.Equal(1, back.Revived);
            Assert.False(TranslationMarkers.Parse(Entry(back.Content, "App-E131").Comment).Obsolete);
            Assert.Equal("Bald weg", Entry(back.Content, "App-E131").Value);
        }

        [Fact]
        public void A_merge_with_nothing_to_do_returns_the_file_untouched()
        {
            var messages = All("E131: A {X}", "I100: B");
            string once = TranslationMerger.Merge(Path, null, messages, "App").Content;

            MergeResult again = TranslationMerger.Merge(Path, once, messages, "App");

            Assert.False(again.Changed);
            Assert.Same(once, again.Content);
        }

        [Fact]
        public void Hand_written_files_keep_their_order_notes_other_entries_and_layout()
        {
            const string handWritten = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n" +
                "  <!-- Reviewed by Anna, 2026-10 -->\n" +
                "  <data name=\"Other-E1\" xml:space=\"preserve\"><value>Fremd</value></data>\n" +
                "  <data name=\"App-I200\" xml:space=\"preserve\">\n    <value>Zweiter</value>\n    <comment>Formal tone, please</comment>\n  </data>\n" +
                "  <data name=\"App-I100\" xml:space=\"preserve\">\n    <value>Erster</value>\n  </data>\n" +
                "</root>\n";

            MergeResult result = TranslationMerger.Merge(Path, handWritten, All("I100: First", "I200: Second", "E300: New"), "App");

            Assert.Equal(2, result.Adopted);
            Assert.Equal(1, result.Added);
            var entries = ResxReader.Read(Path, new StringReader(result.Content));
            Assert.Equal(new[] { "Other-E1", "App-I200", "App-I100", "App-E300" }, entries.Select(e => e.Name));
            Assert.Equal(new[] { "Fremd", "Zweiter", "Erster", "" }, entries.Select(e => e.Value));
            Assert.Equal("Formal tone, please", TranslationMarkers.Parse(entries[1].Comment).Note);
            Assert.Null(entries[0].Comment);
            Assert.Contains("<!-- Reviewed by Anna, 2026-10 -->", result.Content);
            Assert.Contains("<data name=\"Other-E1\" xml:space=\"preserve\"><value>Fremd</value></data>", result.Content);
            Assert.EndsWith("  </data>\n</root>\n", result.Content);
        }

        [Fact]
        public void Merging_is_idempotent()
        {
            var messages = All("E131: A {X}", "I100: B", "W200: C");
            string first = TranslationMerger.Merge(Path, null, messages, "App").Content;
            first = Translate(first, "App-I100", "Be");
            string second = TranslationMerger.Merge(Path, first, messages, "App").Content;

            Assert.Equal(second, TranslationMerger.Merge(Path, second, messages, "App").Content);
        }

        [Theory]
        [InlineData("<root><data name=\"App-E1\"><value>x</value>", 1, "not valid XML")]
        [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE root [<!ENTITY big \"x\">]>\n<root/>", 2, "not valid XML")]
        [InlineData("<root>\n  <data name=\"App-E1\" type=\"System.Int32, mscorlib\"><value>1</value></data>\n</root>", 2, "only string entries")]
        [InlineData("<root>\n\n  <data name=\"App-E1\" mimetype=\"application/x-microsoft.net.object.binary.base64\"><value>AA==</value></data>\n</root>", 3, "serialized object")]
        [InlineData("<root>\n  <data name=\"App-E1\"><value>1</value></data>\n  <data name=\"App-E1\"><value>2</value></data>\n</root>", 3, "defined twice")]
        [InlineData("<resources>\n</resources>", 1, "not <root>")]
        public void Bad_files_are_refused_with_file_and_line(string content, int line, string problem)
        {
            var error = Assert.Throws<ResxFormatException>(() => TranslationMerger.Merge(Path, content, All("E100: A"), "App"));

            Assert.Equal(Path, error.Path);
            Assert.Equal(line, error.Line);
            Assert.Contains(problem, error.Message);
            Assert.StartsWith($"{Path}({line},", error.Message);
        }

        [Fact]
        public void Entries_under_an_earlier_prefix_move_to_the_current_one_with_their_translations()
        {
            // Built as "OldApp", translated; then the assembly was renamed to "App" (or I18nPrefix set).
            var messages = All("E100: Could not find {Pattern}", "E101: Started");
            string old = TranslationMerger.Merge(Path, null, All("E100: Could not find {Pattern}", "E999: Gone"), "OldApp").Content;
            old = Translate(Translate(old, "OldApp-E100", "Nicht gefunden: {Pattern}"), "OldApp-E999", "Weg");
            old = TranslationMerger.Merge(Path, old, All("E100: Could not find {Pattern}", "E999: Gone"), "OldApp").Content;
            old = old.Replace("</root>", "  <data name=\"Window-Title\" xml:space=\"preserve\">\n    <value>Fenster</value>\n  </data>\n</root>", System.StringComparison.Ordinal);

            MergeResult result = TranslationMerger.Merge(Path, old, messages, "App");

            Assert.Equal(2, result.Moved);
            Assert.Equal(new[] { "OldApp" }, result.EarlierPrefixes);
            Assert.Contains("2 moved from prefix 'OldApp'", result.ToString(), System.StringComparison.Ordinal);
            Assert.Equal("Nicht gefunden: {Pattern}", Entry(result.Content, "App-E100").Value);
            Assert.StartsWith("[i18n source=", Entry(result.Content, "App-E100").Comment, System.StringComparison.Ordinal);
            Assert.Equal("Weg", Entry(result.Content, "App-E999").Value); // left the code: kept, obsolete
            Assert.Contains("[i18n obsolete]", Entry(result.Content, "App-E999").Comment, System.StringComparison.Ordinal);
            Assert.Equal("", Entry(result.Content, "App-E101").Value);
            Assert.Equal("Fenster", Entry(result.Content, "Window-Title").Value); // not a message of this project's: untouched
            Assert.DoesNotContain("OldApp-", result.Content, System.StringComparison.Ordinal);
            Assert.False(TranslationMerger.Merge(Path, result.Content, messages, "App").Changed); // and it is done once
        }

        [Fact]
        public void A_moved_translation_takes_the_place_of_an_empty_placeholder_and_a_clash_with_a_translation_stays_obsolete()
        {
            var messages = All("E100: Could not find {Pattern}", "E101: Started");
            string text = TranslationMerger.Merge(Path, null, messages, "App").Content; // placeholders under the new prefix
            text = Translate(text, "App-E101", "Gestartet");
            text = text.Replace("</root>",
                "  <data name=\"OldApp-E100\" xml:space=\"preserve\">\n    <value>Alt: {Pattern}</value>\n  </data>\n" +
                "  <data name=\"OldApp-E101\" xml:space=\"preserve\">\n    <value>Alt gestartet</value>\n  </data>\n</root>", System.StringComparison.Ordinal);

            MergeResult result = TranslationMerger.Merge(Path, text, messages, "App");

            Assert.Equal(1, result.Moved);
            Assert.Equal("Alt: {Pattern}", Entry(result.Content, "App-E100").Value);
            Assert.Single(ResxReader.Read(Path, new StringReader(result.Content)), e => e.Name == "App-E100");
            Assert.Equal("Gestartet", Entry(result.Content, "App-E101").Value);
            Assert.Equal("Alt gestartet", Entry(result.Content, "OldApp-E101").Value);
            Assert.Contains("[i18n obsolete]", Entry(result.Content, "OldApp-E101").Comment, System.StringComparison.Ordinal);
        }
    }
}
