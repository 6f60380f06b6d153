using System.Linq;
using System.Threading.Tasks;
using I18nToolkit.Analyzers.Tests.TestSupport;
using I18nToolkit.Resx;
using Microsoft.CodeAnalysis;
using Xunit;
using static I18nToolkit.Analyzers.Tests.TestSupport.AnalyzerHarness;

namespace I18nToolkit.Analyzers.Tests.Rules
{
    public class TranslationAnalyzerTests
    {
        private const string E100 = "E100: Could not find {Pattern} in {Directory}";

        private static readonly string Code = Usings + @"
class C
{
    void M(string p, string d)
    {
        Messages.Loc.X(""E100: Could not find {Pattern} in {Directory}"", p, d);
        Messages.Loc.X(""E101: Hello {Name}"", p);
        Messages.Loc.X(""E102: Not translated"");
    }
}";

        private static readonly string PluralCode = Usings + @"
class C { void M(int n) => Messages.Loc.X(""I140: Moved {Count, plural, one {# file} other {# files}}"", n); }";

        private static string Resx(params (string Key, string Value, string? Comment)[] entries) =>
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n" + string.Concat(entries.Select(e =>
                $"  <data name=\"{e.Key}\" xml:space=\"preserve\">\n    <value>{e.Value}</value>\n" +
                (e.Comment is null ? "" : $"    <comment>{e.Comment}</comment>\n") + "  </data>\n")) + "</root>\n";

        private static async Task<Diagnostic[]> Run(string resx, string path = "Resources/Messages.de.resx", string? code = null)
        {
            var diagnostics = await RunAsync(Compile(code ?? Code), additionalFiles: new[] { new TestAdditionalText(path, resx) });
            return diagnostics.Where(d => d.Id.StartsWith("I18N00") && string.CompareOrdinal(d.Id, "I18N0008") >= 0).ToArray();
        }

        [Fact]
        public async Task A_translation_with_other_holes_is_an_error_at_its_resx_line()
        {
            var diagnostics = await Run(Resx(
                ("TestApp-E100", "Keine Dateien {Muster} in {Directory}", null),
                ("TestApp-E101", "Hallo {Name}", null),
                ("TestApp-E102", "Nicht {", null)));

            var holes = diagnostics.Where(d => d.Id == "I18N0008").OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ToArray();
            Assert.Equal(2, holes.Length);
            Assert.Equal("Resources/Messages.de.resx", holes[0].Location.GetLineSpan().Path);
            Assert.Equal(2, holes[0].Location.GetLineSpan().StartLinePosition.Line); // 0-based: line 3 holds the first <data>
            Assert.Contains("missing {Pattern}; unexpected {Muster}", holes[0].GetMessage());
            Assert.Contains("position 7", holes[1].GetMessage());
            Assert.All(holes, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        }

        [Fact]
        public async Task A_Polish_plural_without_few_is_an_error_at_its_resx_line_naming_the_categories()
        {
            var diagnostics = await Run(Resx(
                ("TestApp-I140", "Przeniesiono {Count, plural, one {# plik} many {# plików} other {# pliku}}", null)), "Resources/Messages.pl.resx", PluralCode);

            Diagnostic plural = Assert.Single(diagnostics, d => d.Id == "I18N0014");
            Assert.Equal(DiagnosticSeverity.Error, plural.Severity);
            Assert.Equal(2, plural.Location.GetLineSpan().StartLinePosition.Line);
            Assert.Contains("The pl translation of TestApp-I140 is not used", plural.GetMessage());
            Assert.Contains("must have the plural categories of pl (one, few, many, other; exact matches such as =0 may be added): missing few", plural.GetMessage());
            Assert.DoesNotContain(diagnostics, d => d.Id == "I18N0008");

            var fine = await Run(Resx(("TestApp-I140", "Przeniesiono {Count, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}}", null)), "Resources/Messages.pl.resx", PluralCode);
            Assert.DoesNotContain(fine, d => d.Id == "I18N0014");
        }

        [Fact]
        public async Task A_filled_in_entry_still_marked_untranslated_counts_as_translated_as_the_runtime_uses_it()
        {
            var diagnostics = await Run(Resx(
                ("TestApp-E100", "Keine Dateien {Pattern} in {Directory}", "[i18n untranslated] English: …"),
                ("TestApp-E101", "E101: Hallo {Name}", null), // the ID kept at the start, as the runtime allows
                ("TestApp-E102", "Nicht übersetzt", null)));

            Assert.Empty(diagnostics);
        }

        [Fact]
        public async Task An_id_used_with_two_texts_gets_no_translation_diagnostic_on_top_of_I18N0005()
        {
            string code = Usings + @"
class C
{
    void M(string p, string d)
    {
        Messages.Loc.X(""E100: Could not find {Pattern} in {Directory}"", p, d);
        Messages.Loc.X(""E100: Could not find {Pattern}"", p);
    }
}";
            var diagnostics = await RunAsync(Compile(code), additionalFiles: new[] { new TestAdditionalText("Resources/Messages.de.resx",
                Resx(("TestApp-E100", "Keine Dateien {Pattern} in {Directory}", null))) });

            Assert.Equal(new[] { "I18N0005", "I18N0005" }, diagnostics.Select(d => d.Id).Where(id => id.StartsWith("I18N")).ToArray());
        }

        [Fact]
        public async Task A_message_without_translation_is_info_at_the_message_in_code()
        {
            var diagnostics = await Run(Resx(
                ("TestApp-E100", "Keine Dateien {Pattern} in {Directory}", null),
                ("TestApp-E101", "", "[i18n untranslated]")));

            var missing = diagnostics.Where(d => d.Id == "I18N0009").ToArray();
            Assert.Equal(new[] { "Message E101 has no de translation in Messages.de.resx", "Message E102 has no de translation in Messages.de.resx" },
                missing.Select(d => d.GetMessage()));
            Assert.All(missing, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
            Assert.All(missing, d => Assert.True(d.Location.IsInSource));
        }

        [Fact]
        public async Task A_translation_of_a_message_no_longer_in_code_is_info()
        {
            var diagnostics = await Run(Resx(("TestApp-E999", "Weg", null), ("OtherLib-E100", "Fremd", null)));

            var obsolete = Assert.Single(diagnostics, d => d.Id == "I18N0010");
            Assert.Equal("Messages.de.resx translates TestApp-E999, which is no longer used in code", obsolete.GetMessage());
        }

        [Fact]
        public async Task A_translation_made_from_an_older_english_text_is_a_warning()
        {
            string current = TranslationMarkers.HashSource(E100);
            string old = TranslationMarkers.HashSource("E100: Could not find {Pattern} within {Directory}");
            var diagnostics = await Run(Resx(
                ("TestApp-E100", "Keine Dateien {Pattern} in {Directory}", $"[i18n source={old}] checked by Anna"),
                ("TestApp-E101", "Hallo {Name}", $"[i18n source={TranslationMarkers.HashSource("E101: Hello {Name}")}]")));

            var stale = Assert.Single(diagnostics, d => d.Id == "I18N0011");
            Assert.Equal(DiagnosticSeverity.Warning, stale.Severity);
            Assert.Contains(E100, stale.GetMessage());
            Assert.NotEqual(current, old);
        }

        [Theory]
        [InlineData("<root><data name=\"A\"><value>x</value></data>", "not valid XML")]
        [InlineData("<!DOCTYPE root [<!ENTITY e \"x\">]><root/>", "not valid XML")]
        [InlineData("<root>\n<data name=\"TestApp-E100\" type=\"System.Int32\"><value>1</value></data></root>", "only string entries")]
        [InlineData("<root>\n<data name=\"TestApp-E100\" mimetype=\"application/x-microsoft.net.object.binary.base64\"><value>AA==</value></data></root>", "serialized object")]
        [InlineData("<root>\n<data name=\"A\"><value>1</value></data>\n<data name=\"A\"><value>2</value></data></root>", "defined twice (first on line 2)")]
        public async Task An_unreadable_file_is_one_error_with_its_line(string resx, string problem)
        {
            var diagnostics = await Run(resx);

            Diagnostic error = Assert.Single(diagnostics);
            Assert.Equal("I18N0012", error.Id);
            Assert.Contains(problem, error.GetMessage());
        }

        [Fact]
        public async Task Neutral_and_non_resx_files_are_not_translations()
        {
            Assert.Empty(await Run(Resx(("TestApp-E999", "x", null)), "Resources/Messages.resx"));
            Assert.Empty(await Run("not xml", "notes.txt"));
        }
    }
}
