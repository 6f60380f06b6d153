using I18nToolkit.Cli.Logs.Formatting;
using Xunit;

namespace I18nToolkit.Cli.Tests.Logs.Formatting
{
    public class SafeTextTests
    {
        [Theory]
        [InlineData("plain text, ü ✓ 𝄞 مرحبا", "plain text, ü ✓ 𝄞 مرحبا")]
        [InlineData("a\nb\r\tc\u001b[2J", "a\\nb\\r\\tc\\e[2J")]
        [InlineData("\u200E\u200F\u061C", "\\u200E\\u200F\\u061C")] // LRM RLM ALM
        [InlineData("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069", "\\u202A\\u202B\\u202C\\u202D\\u202E\\u2066\\u2067\\u2068\\u2069")]
        [InlineData("\u200B\u2060\u2061\uFEFF\u180E\u00AD\uFFF9", "\\u200B\\u2060\\u2061\\uFEFF\\u180E\\xAD\\uFFF9")]
        [InlineData("x\uDB40\uDC41y", "x\\U000E0041y")] // a tag character: invisible ASCII
        [InlineData("emoji 👩\u200D💻 and ZWNJ \u200C stay", "emoji 👩\u200D💻 and ZWNJ \u200C stay")]
        [InlineData("\u2028\u2029\u0085", "\\u2028\\u2029\\x85")]
        public void Everything_that_could_forge_hide_or_reorder_text_becomes_a_visible_escape(string text, string expected) =>
            Assert.Equal(expected, SafeText.Neutralize(text));

        [Fact]
        public void Lone_surrogates_become_escapes()
        {
            // Built in code: theory data would not carry half a surrogate pair intact.
            Assert.Equal("lone \\uD800 and \\uDC00", SafeText.Neutralize("lone " + (char)0xD800 + " and " + (char)0xDC00));
        }

        [Fact]
        public void Quoted_input_is_cut_and_says_how_long_it_was()
        {
            string quoted = SafeText.Quote("\u001b" + new string('x', 50_000_000), 20);

            Assert.Equal("\\exxxxxxxxxxxxxxxxxxx… (50,000,001 characters)", quoted);
        }
    }
}
