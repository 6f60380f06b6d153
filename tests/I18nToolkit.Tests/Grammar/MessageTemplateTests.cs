using System.Globalization;
using System.Linq;
using I18nToolkit.Grammar;
using Xunit;

namespace I18nToolkit.Tests.Grammar
{
    public class MessageTemplateTests
    {
        private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

        [Fact]
        public void Positional_holes_carry_index_alignment_and_format()
        {
            var template = MessageTemplate.Parse("{0} costs {1:N2} for {2,-10}|");

            Assert.True(template.IsPositional);
            Assert.Equal(3, template.ArgumentCount);
            Assert.Equal(new[] { "0", "1", "2" }, template.HoleNames);
            MessageHole price = template.Holes[1];
            Assert.Equal(1, price.ArgumentIndex);
            Assert.Equal("N2", price.Format);
            Assert.Equal(10, price.Position);
            Assert.Equal("{1:N2}", price.RawText);
            Assert.Equal(-10, template.Holes[2].Alignment);
            Assert.Equal("Pen costs 1,234.50 for Alice     |", template.Format(Invariant, "Pen", 1234.5m, "Alice"));
        }

        [Fact]
        public void Named_holes_bind_arguments_in_order_of_first_appearance()
        {
            var template = MessageTemplate.Parse("Could not find {Pattern} in {Directory} ({Count:N0} tried, {Pattern} again)");

            Assert.False(template.IsPositional);
            Assert.Equal(new[] { "Pattern", "Directory", "Count" }, template.HoleNames);
            Assert.Equal(3, template.ArgumentCount);
            Assert.Equal(new[] { 0, 1, 2, 0 }, template.Holes.Select(h => h.ArgumentIndex));
            Assert.Equal("Could not find *.csv in /in (12,345 tried, *.csv again)", template.Format(Invariant, "*.csv", "/in", 12345));
        }

        [Fact]
        public void Capture_prefixes_are_recorded_and_not_part_of_the_name()
        {
            var template = MessageTemplate.Parse("{@Order} and {$Customer}");

            Assert.Equal(new[] { "Order", "Customer" }, template.HoleNames);
            Assert.Equal(HoleCapture.Destructure, template.Holes[0].Capture);
            Assert.Equal(HoleCapture.Stringify, template.Holes[1].Capture);
        }

        [Fact]
        public void Named_alignment_and_format_combine()
        {
            var template = MessageTemplate.Parse("[{Amount,8:F1}]");

            Assert.Equal(8, template.Holes[0].Alignment);
            Assert.Equal("F1", template.Holes[0].Format);
            Assert.Equal("[    12.5]", template.Format(Invariant, 12.5));
        }

        [Theory]
        [InlineData("{{literal}}", "{literal}")]
        [InlineData("a {{0}} b", "a {0} b")]
        [InlineData("}}{{", "}{")]
        [InlineData("{{{0}}}", "{x}")]
        public void Doubled_braces_are_text(string text, string rendered)
        {
            var template = MessageTemplate.Parse(text);

            Assert.Equal(rendered, template.Format(Invariant, "x"));
        }

        [Theory]
        [InlineData("{", 1, "a hole name or index after '{'", "the end of the text")]
        [InlineData("abc {", 5, "a hole name or index after '{'", "the end of the text")]
        [InlineData("a {} b", 3, "a hole name or index after '{'", "'}'")]
        [InlineData("a } b", 2, "'}}'", "'}'")]
        [InlineData("{Na me}", 3, "'}', ',' (alignment) or ':' (format)", "' '")]
        [InlineData("{0,x}", 3, "an alignment number, or plural, selectordinal or select, after '{0,' (ICU's number, date and other formats are written the .NET way: {0:N0})", "'x'")]
        [InlineData("{0,-}", 4, "an alignment number after ','", "'}'")]
        [InlineData("{Name:fmt", 9, "'}' to close the hole opened at position 0", "the end of the text")]
        [InlineData("{Name", 5, "'}' to close the hole opened at position 0", "the end of the text")]
        [InlineData("x {A{B}", 4, "'}', ',' (alignment) or ':' (format)", "'{'")]
        [InlineData("{A:x{B}", 4, "'}' to close the hole opened at position 0", "'{'")]
        [InlineData("{1a}", 2, "a digit or the end of the index", "'a'")]
        [InlineData("{12345678}", 1, "a positional index of at most 999999", "'1'")]
        [InlineData("{-1}", 1, "a hole name or index", "'-'")]
        [InlineData("{0} and {Name}", 8, "a positional hole such as {0}", "'{Name}'")]
        [InlineData("{Name} and {0}", 11, "a named hole such as {Name}", "'{0}'")]
        [InlineData("tab {\t}", 5, "a hole name or index after '{'", "U+0009")]
        public void Malformed_templates_report_position_expectation_and_what_was_found(string text, int position, string expected, string found)
        {
            var exception = Assert.Throws<MessageFormatException>(() => MessageTemplate.Parse(text));

            Assert.Equal(position, exception.Position);
            Assert.Contains(expected, exception.Error.Expected);
            Assert.Equal(found, exception.Error.Found);
            Assert.Contains($"position {position}", exception.Message);
            Assert.False(MessageTemplate.TryParse(text, out MessageTemplate? template, out MessageFormatError? error));
            Assert.Null(template);
            Assert.Equal(position, error!.Position);
        }

        [Fact]
        public void Rendering_marks_a_missing_argument_with_the_hole_as_written()
        {
            var template = MessageTemplate.Parse("Find {Pattern} in {Directory,5:X}");

            Assert.Equal("Find *.csv in {Directory,5:X}", template.Format(Invariant, "*.csv"));
            Assert.Equal("Find {Pattern} in {Directory,5:X}", template.Format(Invariant, null));
        }

        [Fact]
        public void Rendering_ignores_extra_arguments_and_survives_a_bad_format_and_null()
        {
            var template = MessageTemplate.Parse("{0:Q} {1} {2}");

            Assert.Equal("7 (null) c", template.Format(Invariant, 7, null, "c", "extra"));
        }

        [Fact]
        public void Same_hole_set_ignores_order_format_and_alignment()
        {
            var source = MessageTemplate.Parse("Find {Pattern} in {Directory}");

            Assert.True(source.HasSameHoles(MessageTemplate.Parse("In {Directory,10} {Pattern:x} finden")));
            Assert.False(source.HasSameHoles(MessageTemplate.Parse("In {Dir} {Pattern} finden")));
            Assert.False(source.HasSameHoles(MessageTemplate.Parse("{Pattern}")));
            Assert.False(MessageTemplate.Parse("{0} {1}").HasSameHoles(MessageTemplate.Parse("{A} {B}")));
            Assert.Equal("missing {Directory}; unexpected {Dir}",
                source.DescribeHoleDifference(MessageTemplate.Parse("In {Dir} {Pattern}")));
            Assert.Null(source.DescribeHoleDifference(MessageTemplate.Parse("{Directory} {Pattern}")));
        }

        [Fact]
        public void A_bound_translation_may_reorder_named_holes()
        {
            var source = MessageTemplate.Parse("Find {Pattern} in {Directory}");
            var translation = MessageTemplate.Parse("In {Directory} finde {Pattern}").BindTo(source);

            Assert.Equal("In /in finde *.csv", translation.Format(Invariant, "*.csv", "/in"));
            Assert.Throws<System.ArgumentException>(() => MessageTemplate.Parse("{Other}").BindTo(source));
        }

        [Fact]
        public void A_template_without_holes_takes_no_arguments()
        {
            var template = MessageTemplate.Parse("Plain text.");

            Assert.Equal(0, template.ArgumentCount);
            Assert.Empty(template.Holes);
            Assert.Equal("Plain text.", template.Format(Invariant));
        }

        [Fact]
        public void Positional_templates_count_arguments_up_to_the_highest_index()
        {
            var template = MessageTemplate.Parse("{2} then {0}");

            Assert.Equal(3, template.ArgumentCount);
            Assert.Equal(new[] { "2", "0" }, template.HoleNames);
        }

        [Theory]
        [InlineData("Half ", 0xD800, " here")]
        [InlineData("Low ", 0xDC00, "")]
        [InlineData("End ", 0xD83D, "")]
        // (Built in code: attribute arguments are stored as UTF-8, which cannot hold half a pair either.)
        public void Half_a_surrogate_pair_is_malformed_at_its_position(string before, int half, string after)
        {
            string text = before + (char)half + after;
            Assert.False(MessageTemplate.TryParse(text, out _, out MessageFormatError? error));
            Assert.Equal(before.Length, error!.Position);
            Assert.StartsWith("a whole character", error.Expected, System.StringComparison.Ordinal);
            Assert.StartsWith("U+D", error.Found, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Characters_outside_the_basic_plane_and_control_characters_are_text()
        {
            MessageTemplate template = MessageTemplate.Parse("Smile \uD83D\uDE00 bell \u0007 {Name}");
            Assert.Equal("Smile \uD83D\uDE00 bell \u0007 Ann", template.Format(null, "Ann"));
        }
    }
}
