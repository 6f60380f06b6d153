using I18nToolkit.Grammar;
using I18nToolkit.Grammar.Translations;
using Xunit;

namespace I18nToolkit.Tests.Grammar.Translations
{
    public class TranslationRulesTests
    {
        private static readonly MessageDefinition Message = MessageDefinition.Parse("E131: Could not find files with pattern {Pattern} in directory {Directory}");

        [Fact]
        public void A_translation_with_the_same_holes_in_another_order_is_usable()
        {
            TranslationCheck check = TranslationRules.Check("Im Verzeichnis {Directory} fehlt {Pattern}", "E131", Message.Template, null);

            Assert.Equal(TranslationVerdict.Usable, check.Verdict);
            Assert.Equal("Im Verzeichnis {Directory} fehlt {Pattern}", check.Template!.Text);
            Assert.Null(check.Problem);
        }

        [Fact]
        public void A_kept_id_start_is_not_part_of_the_translation()
        {
            TranslationCheck check = TranslationRules.Check("E131: Keine {Pattern} in {Directory}", "E131", Message.Template, null);

            Assert.True(check.IsUsable);
            Assert.Equal("Keine {Pattern} in {Directory}", check.Template!.Text);
        }

        [Theory]
        [InlineData("E131:Keine {Pattern} in {Directory}")] // no space: not the separator
        [InlineData("E132: Keine {Pattern} in {Directory}")] // another message's ID is text
        public void Only_this_message_s_id_and_separator_are_stripped(string value)
        {
            Assert.Equal(value, TranslationRules.TemplateText(value, "E131", out int offset));
            Assert.Equal(0, offset);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        public void An_empty_value_is_untranslated(string? value)
        {
            Assert.Equal(TranslationVerdict.Empty, TranslationRules.Check(value, "E131", Message.Template, null).Verdict);
        }

        [Fact]
        public void A_malformed_translation_names_its_position_in_the_value_as_written()
        {
            TranslationCheck check = TranslationRules.Check("E131: Keine {Pattern", "E131", Message.Template, null);

            Assert.Equal(TranslationVerdict.Malformed, check.Verdict);
            Assert.Equal("Malformed message at position 20: expected '}' to close the hole opened at position 12, found the end of the text.", check.Problem);
        }

        [Fact]
        public void A_translation_with_other_holes_says_which()
        {
            TranslationCheck check = TranslationRules.Check("Keine {Pattern} in {Dir}", "E131", Message.Template, null);

            Assert.Equal(TranslationVerdict.HolesDiffer, check.Verdict);
            Assert.Equal("its holes differ from the code's (missing {Directory}; unexpected {Dir}).", check.Problem);
        }
    }
}
