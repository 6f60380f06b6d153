using I18nToolkit.Grammar;
using I18nToolkit.Grammar.Translations;
using Xunit;

namespace I18nToolkit.Tests.Grammar.Translations
{
    /// <summary>A translation's plurals and selects held to the code's and to its culture's CLDR categories.</summary>
    public class ChoiceRulesTests
    {
        private static readonly MessageDefinition Message = MessageDefinition.Parse("I140: Moved {Count, plural, one {# file} other {# files}} to {Folder}");

        private static TranslationCheck Check(string value, string culture) => TranslationRules.Check(value, "I140", Message.Template, culture);

        [Fact]
        public void A_Polish_plural_with_one_few_many_and_other_is_usable()
        {
            Assert.True(Check("Przeniesiono {Count, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}} do {Folder}", "pl").IsUsable);
        }

        [Fact]
        public void A_Polish_plural_without_few_names_the_missing_category_and_lists_them_all()
        {
            TranslationCheck check = Check("Przeniesiono {Count, plural, one {# plik} many {# plików} other {# pliku}} do {Folder}", "pl-PL");
            Assert.Equal(TranslationVerdict.ChoicesDiffer, check.Verdict);
            Assert.Contains("{Count, plural, ...} must have the plural categories of pl-PL (one, few, many, other; exact matches such as =0 may be added): missing few", check.Problem);
        }

        [Fact]
        public void A_category_the_culture_never_uses_is_refused()
        {
            TranslationCheck check = Check("{Count, plural, one {# Datei} few {# Dateien} other {# Dateien}} nach {Folder} verschoben", "de");
            Assert.Equal(TranslationVerdict.ChoicesDiffer, check.Verdict);
            Assert.Contains("never used: few", check.Problem);
        }

        [Fact]
        public void Exact_matches_are_allowed_in_any_language()
        {
            Assert.True(Check("{Count, plural, =0 {Keine Dateien} one {# Datei} other {# Dateien}} nach {Folder} verschoben", "de").IsUsable);
        }

        [Theory]
        [InlineData("{Count} Dateien nach {Folder} verschoben", "the code chooses by {Count, plural, ...} and this translation does not")]
        [InlineData("{Count, select, one {# Datei} other {Dateien}} nach {Folder}", "the code chooses by {Count, plural, ...} and this translation does not; this translation chooses by {Count, select, ...} and the code does not")]
        [InlineData("{Count, plural, one {# Datei} other {# Dateien}} nach {Folder, select, other {{Folder}}}", "this translation chooses by {Folder, select, ...} and the code does not (a translation may add a plural, not a select)")]
        [InlineData("{Count, plural, one {# Datei} other {# Dateien}} {Count, selectordinal, other {#.}} {Folder}", "this translation chooses by {Count, selectordinal, ...} and the code does not")]
        public void A_translation_keeps_the_code_s_choices_on_their_arguments(string value, string problem)
        {
            TranslationCheck check = Check(value, "de");
            Assert.Equal(TranslationVerdict.ChoicesDiffer, check.Verdict);
            Assert.Contains(problem, check.Problem);
        }

        [Fact]
        public void A_translation_may_add_a_plural_on_an_argument_the_code_shows_plainly()
        {
            var code = MessageDefinition.Parse("I102: Batch {Batch} imported: {Records} records");
            TranslationCheck check = TranslationRules.Check("Zaimportowano {Batch}: {Records, plural, one {# rekord} few {# rekordy} many {# rekordów} other {# rekordu}}", "I102", code.Template, "pl");
            Assert.True(check.IsUsable, check.Problem);
            TranslationCheck incomplete = TranslationRules.Check("Zaimportowano {Batch}: {Records, plural, one {# rekord} other {# rekordu}}", "I102", code.Template, "pl");
            Assert.Contains("missing few, many", incomplete.Problem);
        }

        [Fact]
        public void A_culture_CLDR_does_not_know_is_held_to_the_grammar_only()
        {
            Assert.True(Check("{Count, plural, few {x} other {y}} {Folder}", "x-private").IsUsable);
            Assert.True(Check("{Count, plural, few {x} other {y}} {Folder}", null!).IsUsable);
        }

        [Fact]
        public void Japanese_needs_other_only()
        {
            Assert.True(Check("{Folder} に {Count, plural, other {# 個のファイル}} を移動しました", "ja").IsUsable);
            Assert.Contains("never used: one", Check("{Folder} に {Count, plural, one {1} other {#}}", "ja").Problem);
        }

        [Fact]
        public void English_source_categories_are_checked_with_English_rules()
        {
            Assert.Null(ChoiceRules.DescribeCategoryProblems(Message.Template, "en"));
            Assert.Contains("missing one", ChoiceRules.DescribeCategoryProblems(MessageTemplate.Parse("{Count, plural, other {# files}}"), "en"));
            Assert.Contains("missing one, two, few", ChoiceRules.DescribeCategoryProblems(MessageTemplate.Parse("{Place, selectordinal, other {#th}}"), "en"));
        }
    }
}
