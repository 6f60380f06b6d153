using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CsCheck;
using I18nToolkit.Cli.Logs.Expressions;
using Serilog.Events;
using Serilog.Expressions;
using Serilog.Parsing;
using Xunit;

namespace I18nToolkit.Cli.Tests.Logs.Expressions
{
    /// <summary>
    /// Random expressions over random events, held to Serilog.Expressions itself: the event is written as Serilog
    /// writes it, read back by <c>i18n logs filter</c> (prefilter, reader, evaluation), and the line must be printed
    /// exactly when the library says the expression is true of the original event. CsCheck shrinks a failure to a
    /// small expression and event and prints the seed that replays it.
    /// </summary>
    public class FilterDifferentialTests
    {
        private static readonly string[] Names = { "A", "B", "Application", "Count" };

        private static readonly Gen<string> Text = Gen.OneOf("x", "Payrollsync", "", "a b", "tes", "test", "100%", "a_b", "O'Neil", "ü", "a/b", "Tes", "Warning", "Information", "Verbose", "Error");

        private static readonly Gen<LogEventPropertyValue> Value = Gen.OneOf<LogEventPropertyValue>(
            Text.Select(t => (LogEventPropertyValue)new ScalarValue(t)),
            Gen.Int[-2, 12].Select(i => (LogEventPropertyValue)new ScalarValue(i)),
            Gen.OneOf(1.5m, 0.25m, 12m).Select(d => (LogEventPropertyValue)new ScalarValue(d)),
            Gen.Bool.Select(b => (LogEventPropertyValue)new ScalarValue(b)),
            Gen.Const((LogEventPropertyValue)new ScalarValue(null)),
            Text.Array[0, 3].Select(a => (LogEventPropertyValue)new SequenceValue(a.Select(t => new ScalarValue(t)))),
            Text.Select(t => (LogEventPropertyValue)new StructureValue(new[] { new LogEventProperty("Inner", new ScalarValue(t)) })));

        private static readonly Gen<LogEvent> Event = Gen.Select(
            Gen.OneOf(Enum.GetValues<LogEventLevel>()),
            Gen.OneOf("Hello {A}", "plain text", "{Count} items for {Application}"),
            Gen.Select(Gen.OneOf(Names), Value).Array[0, 4],
            (level, template, properties) => new LogEvent(
                new DateTimeOffset(2026, 11, 21, 7, 0, 0, TimeSpan.Zero),
                level,
                null,
                new MessageTemplateParser().Parse(template),
                properties.GroupBy(p => p.Item1).Select(g => new LogEventProperty(g.Key, g.Last().Item2))));

        private static readonly Gen<string> Literal = Gen.OneOf(
            Text.Select(t => "'" + t.Replace("'", "''", StringComparison.Ordinal) + "'"),
            Gen.Int[-2, 12].Select(i => i.ToString(CultureInfo.InvariantCulture)),
            Gen.OneOf("1.5", "true", "false", "null"));

        private static readonly Gen<string> Operand = Gen.OneOf(Gen.OneOf(Names), Gen.OneOf("@l", "@m", "@mt", "A.Inner", "A[0]"), Literal);

        /// <summary>A like pattern made from a text: characters replaced by _ or %, and % and _ escaped by doubling.</summary>
        private static readonly Gen<(string Text, string Pattern)> Pattern = Gen.Select(Text, Gen.Int[0, 3].Array[6], (text, edits) =>
        {
            var pattern = new System.Text.StringBuilder();
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                int edit = edits[i % edits.Length];
                pattern.Append(c == '%' || c == '_' ? new string(c, 2) : edit == 1 ? "_" : edit == 2 ? "%" : c.ToString());
            }

            return (text, "'" + (edits[0] == 3 ? "%" : string.Empty) + pattern.ToString().Replace("'", "''", StringComparison.Ordinal) + "'");
        });

        private static readonly Gen<string> Test = Gen.OneOf(
            Gen.Select(Operand, Gen.Int[0, 2], Pattern, Gen.Bool, (a, left, pattern, ci) =>
                $"{(left == 0 ? "'" + pattern.Text.Replace("'", "''", StringComparison.Ordinal) + "'" : a)} {(left == 2 ? "not like" : "like")} {pattern.Pattern}{(ci ? " ci" : string.Empty)}"),
            Gen.Select(Operand, Gen.OneOf("=", "<>", "<", "<=", ">", ">=", "like", "not like"), Operand, Gen.Bool, (a, op, b, ci) => $"{a} {op} {b}{(ci ? " ci" : string.Empty)}"),
            Gen.Select(Operand, Gen.Bool, Literal.Array[1, 3], (a, not, list) => $"{a} {(not ? "not in" : "in")} [{string.Join(", ", list)}]"),
            Gen.Select(Operand, Gen.Bool, Literal.Array[1, 3], (a, not, list) => $"{a} {(not ? "not in" : "in")} ({string.Join(", ", list)})"), // the JMS form
            Gen.Select(Operand, Gen.Bool, Literal, Literal, (a, not, low, high) => $"{a} {(not ? "not between" : "between")} {low} and {high}"),
            Gen.Select(Operand, Gen.Bool, (a, not) => $"{a} is {(not ? "not " : string.Empty)}null"),
            Gen.Select(Gen.OneOf("StartsWith", "EndsWith", "Contains"), Operand, Operand, (f, a, b) => $"{f}({a}, {b})"),
            Gen.OneOf(Names).Select(n => $"IsDefined({n})"),
            Gen.OneOf(Names));

        private static readonly Gen<string> Expression = Gen.Recursive<string>((depth, self) => depth >= 3
            ? Test
            : Gen.Frequency(
                (3, Test),
                (2, Gen.Select(self, self, (a, b) => $"({a}) and ({b})")),
                (2, Gen.Select(self, self, (a, b) => $"{a} or {b}")),
                (1, Gen.Select(self, self, (a, b) => $"{a} and {b}")),
                (1, self.Select(a => $"not ({a})")),
                (1, self.Select(a => $"not {a}"))));

        [Fact]
        public void The_tool_prints_a_line_exactly_when_serilog_expressions_says_its_event_matches()
        {
            Gen.Select(Expression, Event).Sample(
                sample =>
                {
                    (string expression, LogEvent logEvent) = sample;
                    CompiledFilter filter;
                    try
                    {
                        filter = CompiledFilter.Compile(expression);
                    }
                    catch (FilterSyntaxException)
                    {
                        Assert.False(SerilogExpression.TryCompile(expression, out _, out _), $"Serilog.Expressions reads {expression}; the tool refused it");
                        return;
                    }

                    // The reference: the library, on the original event, for the expression itself where the language reads it,
                    // else for the rewrite (the JMS forms' meaning).
                    string reference = SerilogExpression.TryCompile(expression, out _, out _) ? expression : filter.SerilogText;
                    bool truth = ExpressionResult.IsTrue(SerilogExpression.Compile(reference, CultureInfo.InvariantCulture)(logEvent));
                    Assert.Equal(truth, FilterRun.Matches(filter, FilterRun.Clef(logEvent)));
                },
                iter: 3000,
                seed: "0N0XIzNsQ0O2",
                print: sample => sample.Item1 + "  on  " + FilterRun.Clef(sample.Item2));
        }
    }
}
