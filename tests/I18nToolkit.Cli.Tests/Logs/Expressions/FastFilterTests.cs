using System;
using System.Text;
using I18nToolkit.Cli.Logs.Expressions;
using Serilog.Expressions;
using Xunit;

namespace I18nToolkit.Cli.Tests.Logs.Expressions
{
    /// <summary>The fast form of the simple filters, case by case beside the library's verdict on the same line.</summary>
    public class FastFilterTests
    {
        [Theory]
        [InlineData("Application = 'Payrollsync' and @l in ('Warning', 'Error')")]
        [InlineData("A = 'x' or B in ('y', 'z')")]
        [InlineData("@l = 'Information'")]
        [InlineData("Count > 4990 and A <> 'x' and @l <> 'Debug'")]
        [InlineData("Count = 1.5 or Count <= -2")]
        public void The_simple_filters_have_a_fast_form(string expression) => Assert.NotNull(CompiledFilter.Compile(expression).Fast);

        [Theory]
        [InlineData("A = 'x' ci")]
        [InlineData("not A = 'x'")]
        [InlineData("A > 'x'")]
        [InlineData("@l = 1")]
        [InlineData("A in ('x', 1)")]
        [InlineData("A.B = 'x'")]
        [InlineData("@m = 'x'")]
        [InlineData("A like 'x%'")]
        public void Anything_else_goes_to_the_library(string expression) => Assert.Null(CompiledFilter.Compile(expression).Fast);

        [Theory]
        [InlineData("A = 'x' and B = 'y'", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"m\",\"A\":\"x\",\"B\":\"z\",\"C\":\"y\"}")]
        [InlineData("A = 'x' and B = 'y'", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"m\",\"A\":\"x\",\"B\":\"y\"}")]
        [InlineData("A = 'x' or B = 'y'", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"m\",\"A\":1,\"B\":\"y\"}")]
        [InlineData("A = 'x'", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"m\",\"A\":\"x\",\"A\":\"w\"}")]
        [InlineData("A = 'x'", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"m\",\"A\":\"w\",\"A\":\"x\"}")]
        [InlineData("A = 'é'", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"m\",\"A\":\"\\u00e9\"}")]
        [InlineData("A = 'x'", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"m\",\"A\":null}")]
        [InlineData("A = 'x'", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"m\",\"A\":[\"x\"]}")]
        [InlineData("A in ('x', 'y')", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"m\",\"A\":\"y\"}")]
        [InlineData("@l = 'Information'", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"m\"}")]
        [InlineData("@l = 'Information'", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"m\",\"@l\":5}")]
        [InlineData("@l in ('Warning', 'Error')", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"m\",\"@l\":\"WARN\"}")]
        [InlineData("@l = 'Fatal'", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"m\",\"@l\":\"Critical\"}")]
        [InlineData("@l <> 'Debug'", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"m\"}")]
        [InlineData("Count > 4990", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"m\",\"Count\":4990.5}")]
        [InlineData("Count > 4990", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"m\",\"Count\":\"5000\"}")]
        [InlineData("Count = 12", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"m\",\"Count\":12.00}")]
        [InlineData("Count <> 12", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"m\",\"Count\":null}")]
        [InlineData("Count <> 12", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"m\"}")]
        [InlineData("Count <= 3", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"m\",\"Count\":[1]}")]
        [InlineData("A <> 'x'", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"m\",\"A\":5}")]
        [InlineData("A <> 'x'", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"m\",\"A\":\"x\"}")]
        [InlineData("A <> 'x'", "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"m\"}")]
        public void The_fast_form_agrees_with_the_library_on_the_event_the_line_holds(string expression, string line)
        {
            CompiledFilter filter = CompiledFilter.Compile(expression);
            Assert.NotNull(filter.Fast);
            Assert.True(filter.Fast!.TryMatch(Encoding.UTF8.GetBytes(line), false, out bool fast, out _));

            var logEvent = I18nToolkit.Cli.Logs.Records.LogEventReader.Read(Encoding.UTF8.GetBytes(line), out _);
            bool library = ExpressionResult.IsTrue(SerilogExpression.Compile(filter.SerilogText)(logEvent));

            Assert.Equal(library, fast);
        }

        [Fact]
        public void A_number_beyond_a_decimal_goes_to_the_library_and_what_it_cannot_evaluate_is_reported()
        {
            CompiledFilter filter = CompiledFilter.Compile("Count > 1");
            const string huge = "{\"@t\":\"2026-11-21T07:00:00Z\",\"Count\":1e300}";

            Assert.False(filter.Fast!.TryMatch(Encoding.UTF8.GetBytes(huge), false, out _, out _));
            var (matched, problems) = FilterRun.Lines(filter, new[] { huge, "{\"@t\":\"2026-11-21T07:00:00Z\",\"Count\":2}" });

            // Serilog.Expressions throws comparing a double beyond a decimal: the record is said, the next one read.
            Assert.Equal(new long[] { 2 }, matched);
            Assert.Contains("test.clef:1: the filter could not be evaluated on this record", problems, StringComparison.Ordinal);
        }

        [Fact]
        public void A_line_that_is_not_clef_as_writers_write_it_goes_to_the_full_reader()
        {
            CompiledFilter filter = CompiledFilter.Compile("A = 'x'");

            Assert.False(filter.Fast!.TryMatch(Encoding.UTF8.GetBytes("{\"LogLevel\":\"Warning\",\"State\":{\"A\":\"x\"}}"), false, out _, out _));
            Assert.True(FilterRun.Matches(filter, "{\"LogLevel\":\"Warning\",\"Message\":\"m\",\"State\":{\"A\":\"x\"}}"));
        }
    }
}
