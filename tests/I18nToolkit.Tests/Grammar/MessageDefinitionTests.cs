using System;
using I18nToolkit.Grammar;
using Xunit;

namespace I18nToolkit.Tests.Grammar
{
    public class MessageDefinitionTests
    {
        [Theory]
        [InlineData("E131: Could not find files", "E131", 131)]
        [InlineData("W2001: Queue connection lost", "W2001", 2001)]
        [InlineData("I0042: Leading zeros", "I0042", 42)]
        public void The_default_pattern_reads_a_capital_letter_and_three_or_more_digits(string text, string id, int number)
        {
            var definition = MessageDefinition.Parse(text);

            Assert.Equal(id, definition.Id.Value);
            Assert.Equal(number, definition.Id.Number);
            Assert.Equal(id.Length + 2, definition.TemplateStart);
        }

        [Theory]
        [InlineData("E12: too few digits", 0)]
        [InlineData("e131: lower case", 0)]
        [InlineData("Could not find files", 0)]
        [InlineData("", 0)]
        [InlineData("E131 missing colon", 4)]
        [InlineData("E131:no space", 4)]
        [InlineData("E131x: letter after digits", 4)]
        public void Messages_without_a_valid_id_report_where(string text, int position)
        {
            var exception = Assert.Throws<MessageFormatException>(() => MessageDefinition.Parse(text));

            Assert.Equal(position, exception.Position);
        }

        [Fact]
        public void Template_errors_name_the_position_in_the_whole_message()
        {
            var exception = Assert.Throws<MessageFormatException>(() => MessageDefinition.Parse("E131: Could not find {Pattern"));

            Assert.Equal(29, exception.Position);
            Assert.Contains("opened at position 21", exception.Error.Expected);
        }

        [Fact]
        public void Hole_positions_count_from_the_start_of_the_message()
        {
            var definition = MessageDefinition.Parse("E131: Find {Pattern}");

            Assert.Equal(11, definition.Template.Holes[0].Position);
        }

        [Fact]
        public void A_custom_pattern_replaces_the_default()
        {
            var pattern = MessageIdPattern.Create("[A-Z]{2}-[0-9]{4}");

            Assert.Equal("PY-0042", MessageDefinition.Parse("PY-0042: Payroll rejected", pattern).Id.Value);
            Assert.Equal(0, Assert.Throws<MessageFormatException>(() => MessageDefinition.Parse("E131: Old style", pattern)).Position);
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("[A-Z")]
        [InlineData("[0-9]*")]
        public void Invalid_patterns_are_rejected_with_a_clear_message(string pattern)
        {
            var exception = Assert.Throws<ArgumentException>(() => MessageIdPattern.Create(pattern));

            Assert.Equal("pattern", exception.ParamName);
        }

        [Fact]
        public void The_default_pattern_text_gives_the_default_instance()
        {
            Assert.Same(MessageIdPattern.Default, MessageIdPattern.Create(MessageIdPattern.DefaultPattern));
        }
    }
}
