using System.Collections.Generic;
using System.Text;
using I18nToolkit.Cli.Logs.Expressions;
using I18nToolkit.Cli.Logs.Records;
using Xunit;

namespace I18nToolkit.Cli.Tests.Logs.Expressions
{
    public class CompiledFilterTests
    {
        private const string Clef = "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"Could not find {Pattern}\",\"@l\":\"Warning\",\"Pattern\":\"*.csv\",\"Count\":12,"
            + "\"Flag\":true,\"Nothing\":null,\"Application\":\"Payrollsync\",\"MessageId\":\"E131\",\"Nested\":{\"Inner\":\"deep\"},\"@@odd\":\"at\"}";

        private const string Microsoft = "{\"EventId\":131,\"LogLevel\":\"Critical\",\"Category\":\"Payroll\",\"Message\":\"Could not find *.csv\",\"State\":"
            + "{\"Message\":\"Could not find *.csv\",\"Pattern\":\"*.csv\",\"{OriginalFormat}\":\"Could not find {Pattern}\"},"
            + "\"Scopes\":[{\"Application\":\"Outer\"},{\"Application\":\"Payrollsync\",\"Msgid\":\"ID-42\"},\"text scope\"]}";

        private static bool Matches(string expression, string line)
        {
            CompiledFilter filter = CompiledFilter.Compile(FilterParser.Parse(expression));
            LogRecord record = LogRecord.Parse(Encoding.UTF8.GetBytes(line));
            var slots = new LogValue[filter.Fields.Count];
            for (int i = 0; i < slots.Length; i++)
                slots[i] = record.Get(filter.Fields[i]);
            bool full = filter.Matches(slots);

            // The fast CLEF reader must agree with the full record wherever it answers.
            var fast = new LogValue[filter.Fields.Count];
            if (new ClefFieldReader(filter.Fields).TryRead(Encoding.UTF8.GetBytes(line), fast))
                Assert.Equal(full, filter.Matches(fast));
            return full;
        }

        [Theory]
        [InlineData("Application = 'Payrollsync'", true)]
        [InlineData("Application = 'payrollsync'", false)]
        [InlineData("Application = 'payrollsync' ci", true)]
        [InlineData("Application <> 'Other'", true)]
        [InlineData("Count = 12 and Count > 11.5 and Count <= 12 and Count >= 12 and Count < 13", true)]
        [InlineData("Count = '12'", true)]
        [InlineData("Count between 10 and 12", true)]
        [InlineData("Count not between 10 and 12", false)]
        [InlineData("@l = 'Warning' and @l in ('Warning', 'Error')", true)]
        [InlineData("@l not in ('Warning')", false)]
        [InlineData("MessageId like 'E1%'", true)]
        [InlineData("MessageId like 'E_31'", true)]
        [InlineData("MessageId like 'e1%' ci", true)]
        [InlineData("MessageId not like 'W%'", true)]
        [InlineData("Missing = 'x'", false)]
        [InlineData("not Missing = 'x'", false)]
        [InlineData("Missing is null and Nothing is null and Application is not null", true)]
        [InlineData("Missing = 'x' or Flag = true", true)]
        [InlineData("Flag", true)]
        [InlineData("Nested.Inner = 'deep' and @p['@odd'] = 'at'", true)]
        [InlineData("@t >= '2026-11-21T06:59:59Z' and @t < '2026-11-21T08:00:00+01:00'", false)]
        [InlineData("@t between '2026-11-21' and '2026-11-22'", true)]
        [InlineData("@m = 'Could not find *.csv' and @mt = 'Could not find {Pattern}'", true)]
        [InlineData("StartsWith(@m, 'could') ci and EndsWith(Pattern, '.csv') and Contains(@m, 'find') and Has(Count) and not Has(Missing)", true)]
        public void Clef_records(string expression, bool expected) => Assert.Equal(expected, Matches(expression, Clef));

        [Theory]
        [InlineData("@l = 'Fatal' and @l = 'Critical'", true)]
        [InlineData("Application = 'Payrollsync' and Msgid = 'ID-42'", true)]
        [InlineData("Pattern = '*.csv' and @mt = 'Could not find {Pattern}' and @i = 131 and Category = 'Payroll'", true)]
        [InlineData("Application = 'Outer'", false)]
        public void Microsoft_json_console_records(string expression, bool expected) => Assert.Equal(expected, Matches(expression, Microsoft));

        [Fact]
        public void Information_is_the_level_of_a_clef_record_without_one()
        {
            Assert.True(Matches("@l = 'Information'", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"x\"}"));
            Assert.True(Matches("@m = 'Hello 3'", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"Hello {N}\",\"N\":3}"));
        }

        [Theory]
        [InlineData("A = 'x' and B in ('y', 'z')", new[] { "\"x\"", "\"y\"|\"z\"" })]
        [InlineData("A = 'x' or B = 'y'", new[] { "\"x\"|\"y\"" })]
        [InlineData("A = 'x' or B > 1", new string[0])]
        [InlineData("not A = 'x'", new string[0])]
        [InlineData("A = 'x' ci", new string[0])]
        [InlineData("A = 'a<b'", new string[0])]
        [InlineData("@l = 'Fatal'", new[] { "\"Critical\"|\"Fatal\"" })]
        [InlineData("@l = 'Information'", new string[0])]
        [InlineData("@m = 'x'", new string[0])]
        [InlineData("A like '%abc_d%'", new[] { "abc" })]
        public void Required_text_is_only_what_every_match_contains(string expression, string[] groups)
        {
            var actual = new List<string>();
            foreach (byte[][] group in CompiledFilter.Compile(FilterParser.Parse(expression)).RequiredText)
            {
                var texts = new List<string>();
                foreach (byte[] text in group)
                    texts.Add(Encoding.UTF8.GetString(text));
                texts.Sort(System.StringComparer.Ordinal);
                actual.Add(string.Join("|", texts));
            }

            Assert.Equal(groups, actual);
        }

        [Theory]
        [InlineData("abc", "a%", true)]
        [InlineData("abc", "%c", true)]
        [InlineData("abc", "%b%", true)]
        [InlineData("abc", "a_c", true)]
        [InlineData("abc", "a_", false)]
        [InlineData("", "%", true)]
        [InlineData("aXbXc", "a%b%c", true)]
        [InlineData("a%b", "a%%b", true)]
        [InlineData("mississippi", "m%iss%pi", true)]
        [InlineData("mississippi", "m%iss%px", false)]
        public void Like_patterns(string text, string pattern, bool expected) => Assert.Equal(expected, LikePattern.Matches(text, pattern, ignoreCase: false));
    }
}
