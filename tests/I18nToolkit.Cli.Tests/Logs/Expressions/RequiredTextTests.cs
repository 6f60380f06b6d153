using System.Text;
using I18nToolkit.Cli.Logs.Expressions;
using Xunit;

namespace I18nToolkit.Cli.Tests.Logs.Expressions
{
    public class RequiredTextTests
    {
        [Theory]
        [InlineData("{\"@l\":\"Warning\"}", true)]
        [InlineData("{\"@l\":\"WARNING\"}", true)]
        [InlineData("\"warning\"", true)]
        [InlineData("{\"@l\":\"Warnings\"}", false)]
        [InlineData("{\"a\":\"x\",\"b\":\"Warn\"}", false)]
        [InlineData("\"Warnin", false)]
        [InlineData("", false)]
        public void Levels_are_found_in_any_case_and_only_whole(string line, bool expected)
        {
            var text = new RequiredText(new[] { Encoding.UTF8.GetBytes("\"Warning\"") }, ignoreCase: true);

            Assert.Equal(expected, text.IsIn(Encoding.UTF8.GetBytes(line)));
        }

        [Fact]
        public void Other_text_is_found_as_written_and_either_alternative_will_do()
        {
            var text = new RequiredText(new[] { Encoding.UTF8.GetBytes("\"Payrollsync\"") }, ignoreCase: false)
                .Or(new RequiredText(new[] { Encoding.UTF8.GetBytes("\"Billing\"") }, ignoreCase: false));

            Assert.True(text.IsIn(Encoding.UTF8.GetBytes("{\"A\":\"Billing\"}")));
            Assert.False(text.IsIn(Encoding.UTF8.GetBytes("{\"A\":\"payrollsync\"}")));
        }
    }
}
