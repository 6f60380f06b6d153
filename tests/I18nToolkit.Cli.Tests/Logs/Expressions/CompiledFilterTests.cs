using System.Collections.Generic;
using System.Text;
using I18nToolkit.Cli.Logs.Expressions;
using Xunit;

namespace I18nToolkit.Cli.Tests.Logs.Expressions
{
    public class CompiledFilterTests
    {
        private const string Clef = "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"Could not find {Pattern}\",\"@l\":\"Warning\",\"Pattern\":\"*.csv\",\"Count\":12,"
            + "\"Flag\":true,\"Nothing\":null,\"Application\":\"Payrollsync\",\"MessageId\":\"E131\",\"Nested\":{\"Inner\":\"deep\"},\"@@odd\":\"at\",\"Tags\":[\"a\",\"b\"]}";

        private const string Microsoft = "{\"EventId\":131,\"LogLevel\":\"Critical\",\"Category\":\"Payroll\",\"Message\":\"Could not find *.csv\",\"State\":"
            + "{\"Message\":\"Could not find *.csv\",\"Pattern\":\"*.csv\",\"{OriginalFormat}\":\"Could not find {Pattern}\"},"
            + "\"Scopes\":[{\"Application\":\"Outer\"},{\"Application\":\"Payrollsync\",\"Msgid\":\"ID-42\"},\"text scope\"]}";

        private static bool Matches(string expression, string line) => FilterRun.Matches(CompiledFilter.Compile(expression), line);

        [Theory]
        [InlineData("Application = 'Payrollsync'", true)]
        [InlineData("Application = 'payrollsync'", false)]
        [InlineData("Application = 'payrollsync' ci", true)]
        [InlineData("Application <> 'Other'", true)]
        [InlineData("Count = 12 and Count > 11.5 and Count <= 12 and Count >= 12 and Count < 13", true)]
        [InlineData("Count = '12'", false)] // a number is not text (Serilog.Expressions)
        [InlineData("@l = 'Warning' and @l in ['Warning', 'Error']", true)]
        [InlineData("MessageId like 'E1%'", true)]
        [InlineData("MessageId like 'E_31'", true)]
        [InlineData("MessageId like 'e1%' ci", true)]
        [InlineData("MessageId not like 'W%'", true)]
        [InlineData("Missing = 'x'", false)]
        [InlineData("not Missing", true)] // not undefined() is true (Serilog.Expressions)
        [InlineData("Missing is null and Nothing is null and Application is not null", true)]
        [InlineData("Missing = 'x' or Flag = true", true)]
        [InlineData("Flag", true)]
        [InlineData("Nested.Inner = 'deep' and @p['@odd'] = 'at' and Tags[0] = 'a' and 'b' in Tags", true)]
        [InlineData("@m = 'Could not find *.csv' and @mt = 'Could not find {Pattern}'", true)]
        [InlineData("StartsWith(@m, 'could') ci and EndsWith(Pattern, '.csv') and Contains(@m, 'find') and IsDefined(Count) and not IsDefined(Missing)", true)]
        [InlineData("IsMatch(MessageId, '^E\\d+$') and Length(Application) = 11 and @t > Now()", false)]
        [InlineData("IsMatch(MessageId, '^E\\d+$') and Length(Application) = 11", true)]
        public void Clef_records_mean_what_serilog_expressions_says(string expression, bool expected) => Assert.Equal(expected, Matches(expression, Clef));

        [Theory]
        [InlineData("Application = 'Payrollsync' and @l in ['Warning', 'Error'] and MessageId like 'E1%'", true)]
        [InlineData("not (Msgid is null or Msgid = 'ID-41') and Count > 10", true)]
        [InlineData("@m like '%timeout%' ci or StartsWith(SourceContext, 'Legacy') or IsMatch(Msgid, '^ID-4\\d$')", true)]
        [InlineData("@m like '%timeout%' ci", true)]
        [InlineData("IsMatch(Msgid, '^ID-4\\d$')", true)]
        public void The_readmes_examples_read_as_the_readme_says(string expression, bool expected) =>
            Assert.Equal(expected, Matches(expression, "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"Request TIMEOUT for {Msgid}\",\"@l\":\"Warning\",\"Application\":\"Payrollsync\",\"MessageId\":\"E131\",\"Msgid\":\"ID-42\",\"Count\":12}"));

        [Theory]
        [InlineData("Count between 10 and 12", true)]
        [InlineData("Count not between 10 and 12", false)]
        [InlineData("Missing not between 10 and 12", true)] // = not (Missing >= 10 and Missing <= 12): the rewrite's meaning
        [InlineData("@l in ('Warning', 'Error')", true)]
        [InlineData("@l not in ('Warning')", false)]
        [InlineData("@l in ('Warning')", false)] // one item: the language's parenthesized 'Warning', not a list (found by the differential test)
        [InlineData("@l in ['Warning']", true)]
        [InlineData("Application != 'Other' and Has(Count) and not Has(Missing)", true)]
        public void The_jms_forms_mean_what_their_serilog_rewrite_means(string expression, bool expected) => Assert.Equal(expected, Matches(expression, Clef));

        [Theory]
        [InlineData("Count between 10 and 12", "(Count >= 10 and Count <= 12)")]
        [InlineData("A not in ('x', 'y')", "(A not in ['x', 'y'])")]
        [InlineData("A != 'x' and Has(B)", "((A <> 'x') and IsDefined(B))")]
        [InlineData("@l in ['Warning']", "@l in ['Warning']")] // the language itself is never rewritten
        [InlineData("@l in ('Warning')", "@l in ('Warning')")]
        public void Extensions_are_rewritten_into_the_language_and_nothing_else_is(string expression, string compiled) =>
            Assert.Equal(compiled, CompiledFilter.Compile(expression).SerilogText);

        [Theory]
        [InlineData("@l = 'Fatal'", true)]
        [InlineData("@l = 'Critical'", false)] // Serilog's names
        [InlineData("Application = 'Payrollsync' and Msgid = 'ID-42'", true)]
        [InlineData("Pattern = '*.csv' and @mt = 'Could not find {Pattern}' and EventId = 131 and Category = 'Payroll'", true)]
        [InlineData("Application = 'Outer'", false)]
        public void Microsoft_json_console_records(string expression, bool expected) => Assert.Equal(expected, Matches(expression, Microsoft));

        [Fact]
        public void Information_is_the_level_of_a_clef_record_without_one_and_at_m_is_rendered_from_at_mt()
        {
            Assert.True(Matches("@l = 'Information'", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"x\"}"));
            Assert.True(Matches("@m = 'Hello 3'", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"Hello {N}\",\"N\":3}"));
            Assert.True(Matches("@m like '%Hello%'", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"{Greeting} world\",\"Greeting\":\"Hello\"}"));
            Assert.True(Matches("@l = 'Warning'", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"x\",\"@l\":\"warn\"}"));
        }

        [Theory]
        [InlineData("A = 'x' and B in ('y', 'z')", new[] { "\"x\"", "\"y\"|\"z\"" })]
        [InlineData("A = 'x' or B = 'y'", new[] { "\"x\"|\"y\"" })]
        [InlineData("A = 'x' or B > 1", new string[0])]
        [InlineData("not A = 'x'", new string[0])]
        [InlineData("A = 'x' ci", new string[0])]
        [InlineData("A = 'a<b'", new string[0])]
        [InlineData("A = 'a/b'", new string[0])]
        [InlineData("@l = 'Fatal'", new[] { "@l:Critical|@l:Fatal" })]
        [InlineData("@l in ('Warning', 'Error') or A = 'x'", new[] { "\"x\"|@l:Error|@l:Warn|@l:Warning" })]
        [InlineData("@l = 'Information'", new string[0])]
        [InlineData("@m = 'x'", new string[0])]
        [InlineData("@m like '%Hello%'", new string[0])]
        [InlineData("'test' like 'tes_'", new string[0])]
        [InlineData("A like '%abc_d%'", new[] { "abc" })]
        [InlineData("A like '%100%%%'", new[] { "100%" })]
        [InlineData("A like '%a__b%'", new[] { "a_b" })]
        [InlineData("A in ['x']", new string[0])] // beyond the tool's parser: no prefilter, never a wrong one
        public void Required_text_is_only_what_every_match_contains(string expression, string[] groups)
        {
            var actual = new List<string>();
            foreach (RequiredText group in CompiledFilter.Compile(expression).RequiredText)
            {
                var texts = new List<string>();
                foreach (byte[] text in group.Alternatives)
                    texts.Add(Encoding.UTF8.GetString(text));
                foreach (string level in group.Levels)
                    texts.Add("@l:" + level);
                texts.Sort(System.StringComparer.Ordinal);
                actual.Add(string.Join("|", texts));
            }

            Assert.Equal(groups, actual);
        }

        [Theory]
        [InlineData("A = ", "unexpected end of input")]
        [InlineData("A = 1 and Nope(A)", "position 11: The function name `Nope` was not recognized")]
        [InlineData("A = 'x' and", "end of input")]
        public void Malformed_expressions_are_refused_with_serilogs_reason_and_a_position(string expression, string reason)
        {
            FilterSyntaxException error = Assert.Throws<FilterSyntaxException>(() => CompiledFilter.Compile(expression));
            Assert.Contains(reason, error.Describe(), System.StringComparison.OrdinalIgnoreCase);
            Assert.Contains("^", error.Describe(), System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(5000, "(")]
        [InlineData(3000, "not ")]
        [InlineData(3000, "- ")]
        public void Deep_nesting_is_refused_with_a_caret_not_a_stack_overflow(int count, string unit)
        {
            string expression = string.Concat(System.Linq.Enumerable.Repeat(unit, count)) + "A";
            FilterSyntaxException error = Assert.Throws<FilterSyntaxException>(() => CompiledFilter.Compile(expression));
            Assert.Contains("nesting deeper than 128", error.Describe(), System.StringComparison.Ordinal);
            Assert.True(error.Describe().Length < 1000, "the message shows the expression around the position only");
        }

        [Fact]
        public void A_long_chain_of_operators_and_an_overlong_expression_are_refused()
        {
            string chain = string.Join(" and ", System.Linq.Enumerable.Repeat("A = 1", 1200));
            Assert.Contains("operators", Assert.Throws<FilterSyntaxException>(() => CompiledFilter.Compile(chain)).Problem, System.StringComparison.Ordinal);
            Assert.Contains("longer than", Assert.Throws<FilterSyntaxException>(() => CompiledFilter.Compile("A = '" + new string('x', 20000) + "'")).Problem, System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_malformed_regular_expression_is_a_syntax_error_not_a_crash()
        {
            Assert.Throws<FilterSyntaxException>(() => CompiledFilter.Compile("IsMatch(A, '(')"));
        }
    }
}
