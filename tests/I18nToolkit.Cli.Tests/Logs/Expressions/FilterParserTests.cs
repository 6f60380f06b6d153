using System;
using System.Text;
using I18nToolkit.Cli.Logs.Expressions;
using Xunit;

namespace I18nToolkit.Cli.Tests.Logs.Expressions
{
    public class FilterParserTests
    {
        [Theory]
        [InlineData("A = 'x'", "(A = 'x')")]
        [InlineData("A <> 1", "(A <> 1)")]
        [InlineData("A != 1", "(A <> 1)")]
        [InlineData("A < 1 and B <= 2 or C > 3 and D >= 4", "(((A < 1) and (B <= 2)) or ((C > 3) and (D >= 4)))")]
        [InlineData("not A = 1 and B = 2", "((not (A = 1)) and (B = 2))")]
        [InlineData("not (A = 1 or B = 2)", "(not ((A = 1) or (B = 2)))")]
        [InlineData("A = 'it''s'", "(A = 'it''s')")]
        [InlineData("A = 'x' ci", "(A = 'x' ci)")]
        [InlineData("MessageId like 'E1%' ci", "(MessageId like 'E1%' ci)")]
        [InlineData("MessageId not like '_1%'", "(MessageId not like '_1%')")]
        [InlineData("@l in ('Warning', 'Error')", "(@l in ('Warning', 'Error'))")]
        [InlineData("@l not in ('Debug')", "(@l not in ('Debug'))")]
        [InlineData("Count between 1 and 5 and B = 1", "((Count between 1 and 5) and (B = 1))")]
        [InlineData("Count not between -1.5 and 2e3", "(Count not between -1.5 and 2e3)")]
        [InlineData("A is null or B is not null", "((A is null) or (B is not null))")]
        [InlineData("AND = 1", null)]
        [InlineData("a.b.c = true and @p['with space'] = false", "((a.b.c = true) and (@p['with space'] = false))")]
        [InlineData("@t >= '2026-11-21' and @m like '%x%' and @mt <> '' and @x is null and @i = '1'", "(((((@t >= '2026-11-21') and (@m like '%x%')) and (@mt <> '')) and (@x is null)) and (@i = '1'))")]
        [InlineData("StartsWith(@m, 'Could') ci and Has(Msgid) and not Contains(A, 'b') and EndsWith(A, 'c')", "(((StartsWith(@m, 'Could') ci and Has(Msgid)) and (not Contains(A, 'b'))) and EndsWith(A, 'c'))")]
        [InlineData("Application = 'Payrollsync' and @l in ('Warning','Error') and MessageId like 'E1%'", "(((Application = 'Payrollsync') and (@l in ('Warning', 'Error'))) and (MessageId like 'E1%'))")]
        public void Parses_into_the_expected_tree(string expression, string? canonical)
        {
            if (canonical is null)
            {
                Assert.Throws<FilterSyntaxException>(() => FilterParser.Parse(expression));
                return;
            }

            Assert.Equal(canonical, FilterParser.Parse(expression).ToString());
        }

        [Fact]
        public void Keywords_are_case_insensitive_and_names_are_not()
        {
            Assert.Equal("((A = 1) and (b is not null))", FilterParser.Parse("A = 1 AND b IS NOT NULL").ToString());
            Assert.Equal("(a = 1)", FilterParser.Parse("a = 1").ToString());
        }

        [Theory]
        [InlineData("", 0, "empty")]
        [InlineData("A = ", 4, "expected a property, a string, a number or '('")]
        [InlineData("A = 'open", 4, "not closed")]
        [InlineData("A = \"x\"", 4, "single quotes")]
        [InlineData("(A = 1", 6, "expected ')'")]
        [InlineData("A = 1 B = 2", 6, "expected 'and', 'or' or the end")]
        [InlineData("A in 'x'", 5, "expected '('")]
        [InlineData("A in ('x' 'y')", 10, "expected ',' or ')'")]
        [InlineData("A between 1 or 2", 12, "expected 'and' between")]
        [InlineData("A is 1", 5, "expected 'null'")]
        [InlineData("@q = 1", 0, "unknown built-in")]
        [InlineData("@p[1] = 1", 3, "in single quotes")]
        [InlineData("@p[''] = 1", 3, "in single quotes")]
        [InlineData("A ! 1", 2, "'!='")]
        [InlineData("A = 1 and", 9, "found the end of the expression")]
        [InlineData("A = #", 4, "unexpected character '#'")]
        [InlineData("StartsWith(A) = true", 0, "takes 2 arguments")]
        public void Errors_say_where_and_what_was_expected(string expression, int position, string expected)
        {
            var error = Assert.Throws<FilterSyntaxException>(() => FilterParser.Parse(expression));

            Assert.Equal(position, error.Position);
            Assert.Contains(expected, error.Problem, StringComparison.Ordinal);
            string[] lines = error.Describe().Split('\n');
            Assert.Equal(position + 2, lines[2].IndexOf('^'));
        }

        [Fact]
        public void Random_trees_survive_printing_and_parsing()
        {
            var random = new Random(47);
            for (int i = 0; i < 2000; i++)
            {
                string expression = RandomExpression(random, depth: 0);
                string canonical = FilterParser.Parse(expression).ToString();
                Assert.Equal(canonical, FilterParser.Parse(canonical).ToString());
            }
        }

        private static string RandomExpression(Random random, int depth)
        {
            int choice = depth > 3 ? random.Next(6) : random.Next(10);
            string Operand() => random.Next(5) switch
            {
                0 => "'" + RandomText(random).Replace("'", "''") + "'",
                1 => random.Next(-100, 100).ToString(System.Globalization.CultureInfo.InvariantCulture),
                2 => new[] { "@t", "@l", "@m", "@mt", "@x", "@i" }[random.Next(6)],
                3 => "@p['x" + RandomText(random).Replace("'", "''") + "']",
                _ => new[] { "Application", "MessageId", "a.b", "_x1", "Count" }[random.Next(5)],
            };
            switch (choice)
            {
                case 0: return $"{Operand()} {new[] { "=", "<>", "!=", "<", "<=", ">", ">=" }[random.Next(7)]} {Operand()}{(random.Next(3) == 0 ? " ci" : string.Empty)}";
                case 1: return $"{Operand()} {(random.Next(2) == 0 ? "not " : string.Empty)}like {Operand()}";
                case 2: return $"{Operand()} {(random.Next(2) == 0 ? "NOT " : string.Empty)}in ({Operand()}, {Operand()})";
                case 3: return $"{Operand()} between {Operand()} and {Operand()}";
                case 4: return $"{Operand()} is {(random.Next(2) == 0 ? "not " : string.Empty)}null";
                case 5: return $"Has({Operand()})";
                case 6: return $"({RandomExpression(random, depth + 1)}) and {RandomExpression(random, depth + 1)}";
                case 7: return $"{RandomExpression(random, depth + 1)} or ({RandomExpression(random, depth + 1)})";
                case 8: return $"not {RandomExpression(random, depth + 1)}";
                default: return $"{RandomExpression(random, depth + 1)} AND {RandomExpression(random, depth + 1)} Or {RandomExpression(random, depth + 1)}";
            }
        }

        private static string RandomText(Random random)
        {
            const string alphabet = "ab Z'%_é\"\\{}";
            var text = new StringBuilder();
            for (int i = random.Next(0, 6); i > 0; i--)
                text.Append(alphabet[random.Next(alphabet.Length)]);
            return text.ToString();
        }
    }
}
