using I18nToolkit.Resx;
using Xunit;

namespace I18nToolkit.Build.Tests.Resx
{
    public class TranslationMarkersTests
    {
        /// <summary>The <c>[i18n source=…]</c> hash is written into users' culture files: it is a file format, pinned here.</summary>
        [Theory]
        [InlineData("E131: Could not find files with pattern {Pattern} in directory {Directory}", "c0a21d7cc33f66e8")]
        [InlineData("", "cbf29ce484222325")]
        [InlineData("I100: Größe {Size} 日本 😀", "6207282cff0e6e51")]
        public void The_source_hash_never_changes(string english, string hash)
        {
            Assert.Equal(hash, TranslationMarkers.HashSource(english));
        }

        [Fact]
        public void Markers_are_read_and_written_back_with_the_translators_note_kept()
        {
            TranslationMarkers markers = TranslationMarkers.Parse("[i18n source=0123456789abcdef] [i18n stale] Formal 'Sie'. [i18n other] kept");

            Assert.Equal("0123456789abcdef", markers.SourceHash);
            Assert.True(markers.Stale);
            Assert.False(markers.Untranslated);
            Assert.Equal("Formal 'Sie'. [i18n other] kept", markers.Note);
            Assert.Equal("[i18n source=0123456789abcdef] [i18n stale] Formal 'Sie'. [i18n other] kept", markers.Format());
        }
    }
}
