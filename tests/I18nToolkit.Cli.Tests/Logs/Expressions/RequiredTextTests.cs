using System.Text;
using I18nToolkit.Cli.Logs.Expressions;
using Xunit;

namespace I18nToolkit.Cli.Tests.Logs.Expressions
{
    public class RequiredTextTests
    {
        [Theory]
        [InlineData("{\"@t\":\"x\",\"@l\":\"Warning\"}", true)]
        [InlineData("{\"@l\" : \"WARNING\"}", true)]
        [InlineData("{\"LogLevel\":\"warn\"}", true)]
        [InlineData("{\"@l\":\"Warnings\"}", false)]
        [InlineData("{\"@l\":\"Error\",\"Text\":\"Warning\"}", false)]
        [InlineData("{\"Text\":\"Warning\"}", false)] // no level field: Information
        [InlineData("{\"@l\":\"Error\",\"N\":{\"@l\":\"Warning\"}}", true)] // two level keys: the reader decides
        [InlineData("{\"@l\":\"W\\u0061rning\"}", true)] // escaped: the reader decides
        [InlineData("{\"X\":\"say \\\"@l\\\":\\\"Debug\\\"\",\"@l\":\"Warning\"}", true)] // a key inside a string is no key
        public void Levels_are_read_from_the_level_field_in_any_case(string line, bool expected)
        {
            RequiredText text = RequiredText.ForLevels(new[] { "Warning", "Warn" });

            Assert.Equal(expected, text.IsIn(Encoding.UTF8.GetBytes(line)));
        }

        [Fact]
        public void Other_text_is_found_as_written_and_either_alternative_will_do()
        {
            var text = new RequiredText(new[] { Encoding.UTF8.GetBytes("\"Payrollsync\"") })
                .Or(new RequiredText(new[] { Encoding.UTF8.GetBytes("\"Billing\"") }));

            Assert.True(text.IsIn(Encoding.UTF8.GetBytes("{\"A\":\"Billing\"}")));
            Assert.False(text.IsIn(Encoding.UTF8.GetBytes("{\"A\":\"payrollsync\"}")));
        }
    }
}
