using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using I18nToolkit.Cli.Logs.Expressions;
using Serilog.Events;
using Serilog.Expressions;
using Serilog.Parsing;
using Xunit;

namespace I18nToolkit.Cli.Tests.Logs.Expressions
{
    /// <summary>
    /// Serilog.Expressions' own evaluation cases, run through <c>i18n logs filter</c>: the library's test event is
    /// written as Serilog writes it (CompactJsonFormatter), and the filter must print the line exactly when the case's
    /// expected result is true on the original event.
    /// </summary>
    public class SerilogConformanceTests
    {
        private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

        /// <summary>Cases a log line cannot decide: it holds the exception's text, not the object.</summary>
        private static readonly Dictionary<string, string> NotInALine = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["typeof(@x)"] = "the line holds the exception's text; the type of the object that was thrown is not in it",
        };

        /// <summary>The test event of Serilog.Expressions' ExpressionEvaluationTests.</summary>
        internal static LogEvent TheEvent() => new LogEvent(
            new DateTimeOffset(2025, 5, 15, 13, 12, 11, 789, TimeSpan.FromHours(10)),
            LogEventLevel.Warning,
            new DivideByZeroException(),
            new MessageTemplateParser().Parse("Hello, {Name}!"),
            new[]
            {
                new LogEventProperty("Name", new ScalarValue("World")),
                new LogEventProperty("User", new StructureValue(new[]
                {
                    new LogEventProperty("Id", new ScalarValue(42)),
                    new LogEventProperty("Name", new ScalarValue("nblumhardt")),
                })),
            },
            ActivityTraceId.CreateFromString("1befc31e94b01d1a473f63a7905f6c9b"),
            ActivitySpanId.CreateFromString("bb1111820570b80e"));

        public static IEnumerable<object[]> Cases() =>
            File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Logs", "Expressions", "Cases", "expression-evaluation-cases.asv"))
                .Select(line => line.Split('⇶', StringSplitOptions.RemoveEmptyEntries))
                .Where(columns => columns.Length == 2)
                .Select(columns => new object[] { columns[0].Trim(), columns[1].Trim() });

        [Fact]
        public void Every_case_of_the_library_is_read()
        {
            Assert.True(Cases().Count() >= 250, "the .asv file holds the library's cases");
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void A_line_matches_exactly_when_serilog_expressions_says_the_case_is_true(string expression, string result)
        {
            LogEvent original = TheEvent();
            if (!SerilogExpression.TryCompile(result, out CompiledExpression? expected, out _))
                return; // the result uses the library's test-only helper functions: not the language
            if (expression.Contains("test_dict", StringComparison.Ordinal))
            {
                // test_dict is a helper of the library's tests, not a function of the language: refused, with a position.
                Assert.Throws<FilterSyntaxException>(() => CompiledFilter.Compile(expression, French));
                return;
            }

            bool truth = ExpressionResult.IsTrue(expected!(original));
            CompiledFilter filter = CompiledFilter.Compile(expression, French);
            bool printed = FilterRun.Matches(filter, FilterRun.Clef(original));

            if (NotInALine.TryGetValue(expression, out string? why))
            {
                Assert.False(printed && !truth, why); // never a false match; it may miss what only the object could tell
                return;
            }

            Assert.True(truth == printed, $"{expression} ⇶ {result}: Serilog.Expressions says {truth}, i18n logs filter printed the line: {printed}");
        }
    }
}
