using I18nToolkit.Grammar;
using I18nToolkit.Resx;
using Xunit;

namespace I18nToolkit.Build.Tests.Resx
{
    /// <summary>The one answer the analyzers, <c>i18n check</c> and the XLIFF export give for an entry.</summary>
    public class TranslationReviewTests
    {
        private static readonly MessageDefinition Message = MessageDefinition.Parse("E131: Could not find {Pattern} in {Directory}");
        private static readonly string Current = TranslationMarkers.HashSource(Message.Text);

        [Theory]
        [InlineData(null, null)]
        [InlineData("", "[i18n untranslated] English: Could not find {Pattern} in {Directory}")]
        [InlineData("", "[i18n source=0123456789abcdef]")]
        public void No_entry_or_an_empty_value_is_missing(string? value, string? comment)
        {
            Assert.Equal(TranslationStatus.Missing, TranslationReview.Of(value, comment, Message, null).Status);
        }

        [Fact]
        public void A_filled_in_entry_still_marked_untranslated_is_a_translation_as_the_runtime_uses_it()
        {
            TranslationReview review = TranslationReview.Of("Keine {Pattern} in {Directory}", "[i18n untranslated] English: …", Message, null);

            Assert.Equal(TranslationStatus.Translated, review.Status);
        }

        [Fact]
        public void A_translation_of_the_current_english_is_translated()
        {
            Assert.Equal(TranslationStatus.Translated, TranslationReview.Of("E131: Keine {Pattern} in {Directory}", $"[i18n source={Current}]", Message, null).Status);
        }

        [Theory]
        [InlineData("[i18n source=0123456789abcdef]")] // made from another English text
        [InlineData("[i18n stale]")] // marked by a merge, not yet checked
        public void A_translation_of_an_older_english_is_stale(string comment)
        {
            Assert.Equal(TranslationStatus.Stale, TranslationReview.Of("Keine {Pattern} in {Directory}", comment, Message, null).Status);
        }

        [Theory]
        [InlineData("Keine {Pattern}", "missing {Directory}")]
        [InlineData("Keine {Pattern in {Directory}", "position 14")]
        public void A_translation_the_runtime_would_skip_is_unusable_and_says_why(string value, string why)
        {
            TranslationReview review = TranslationReview.Of(value, $"[i18n source={Current}]", Message, null);

            Assert.Equal(TranslationStatus.Unusable, review.Status);
            Assert.Contains(why, review.Check.Problem);
        }
    }
}
