using System;
using System.Linq;
using System.Text;
using CsCheck;
using I18nToolkit.Cli.Logs.Expressions;
using I18nToolkit.Cli.Tests.Logs.Expressions;
using Xunit;

namespace I18nToolkit.Cli.Tests.Robustness
{
    /// <summary>
    /// Bounded, seeded fuzzing of the tool's readers of outside input: log lines (CLEF and MEL JSON, mutated byte by
    /// byte: truncated, invalid UTF-8, lone surrogate escapes, deep nesting) and filter expressions. A line is printed,
    /// filtered out or reported - never an exception; an expression compiles or is refused with a position.
    /// </summary>
    public class LogFuzzTests
    {
        private static readonly string[] Seeds =
        {
            "{\"@t\":\"2026-11-21T07:00:00Z\",\"@mt\":\"Could not find {Pattern}\",\"@l\":\"Warning\",\"Pattern\":\"*.csv\",\"Count\":12,\"N\":{\"A\":[1,2,{\"$type\":\"T\",\"B\":null}]},\"@@odd\":\"x\",\"@tr\":\"1befc31e94b01d1a473f63a7905f6c9b\",\"@sp\":\"bb1111820570b80e\"}",
            "{\"EventId\":131,\"LogLevel\":\"Critical\",\"Category\":\"Payroll\",\"Message\":\"Moved\",\"State\":{\"Msgid\":\"ID-7\",\"{OriginalFormat}\":\"Moved {Msgid}\"},\"Scopes\":[{\"Application\":\"Payrollsync\"},\"text\"]}",
        };

        private static readonly Gen<byte[]> Mutated = Gen.Select(
            Gen.OneOf(Seeds),
            Gen.Select(Gen.Int[0, 400], Gen.Int[0, 6], Gen.OneOf(
                new byte[0], new byte[] { 0xC3, 0x28 }, new byte[] { 0xFF }, Encoding.UTF8.GetBytes("\\ud800"), Encoding.UTF8.GetBytes("\\udc00x"),
                Encoding.UTF8.GetBytes("{"), Encoding.UTF8.GetBytes("["), Encoding.UTF8.GetBytes("\""), Encoding.UTF8.GetBytes(","), Encoding.UTF8.GetBytes("1e999"),
                Encoding.UTF8.GetBytes("\\u0000"), Encoding.UTF8.GetBytes(new string('[', 100)), Encoding.UTF8.GetBytes("\"@l\":\"warn\","))).Array[0, 4],
            (seed, edits) =>
            {
                var bytes = Encoding.UTF8.GetBytes(seed).ToList();
                foreach ((int at, int remove, byte[] insert) in edits)
                {
                    int start = Math.Min(at, bytes.Count);
                    bytes.RemoveRange(start, Math.Min(remove, bytes.Count - start));
                    bytes.InsertRange(start, insert);
                }

                return bytes.Where(b => b != (byte)'\n').ToArray();
            });

        private static readonly CompiledFilter[] Filters =
        {
            CompiledFilter.Compile("Pattern = '*.csv' and @l in ('Warning', 'Fatal')"),
            CompiledFilter.Compile("@m like '%find%' or Msgid is not null or N.A[0] = 1"),
        };

        [Fact]
        public void Any_line_is_printed_filtered_or_reported_never_a_crash()
        {
            Mutated.Array[1, 5].Sample(
                lines =>
                {
                    byte[] text = lines.SelectMany(l => l.Append((byte)'\n')).ToArray();
                    foreach (CompiledFilter? filter in Filters.Append(null))
                    {
                        var (matched, problems) = FilterRun.Bytes(filter, text);
                        Assert.True(matched.Count <= lines.Length);
                        foreach (string problem in problems.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Contains("not a JSON", StringComparison.Ordinal)))
                            Assert.Matches(@"^i18n: test\.clef:\d+: not a JSON log record", problem);
                    }
                },
                iter: 3_000,
                seed: "0pS4d8Yw2aL3");
        }

        private static readonly Gen<string> Token = Gen.OneOf(
            "A", "B.C", "@l", "@m", "@mt", "@p['x']", "'x'", "'it''s'", "12", "1.5", "-", "true", "null", "(", ")", "[", "]", "{", "}", ",", ":",
            "=", "<>", "!=", "<", ">=", "and", "or", "not", "like", "'%a%'", "in", "between", "is", "ci", "StartsWith(", "IsMatch(", "'('", "Has(", "if", "then", "else",
            "..", "?", "*", "+", "^", "%", "@", "'unterminated", "\u202e", "\ud800");

        [Fact]
        public void Any_expression_compiles_or_is_refused_with_a_position()
        {
            Token.Array[1, 14].Select(tokens => string.Join(" ", tokens)).Sample(
                expression =>
                {
                    CompiledFilter filter;
                    try
                    {
                        filter = CompiledFilter.Compile(expression);
                    }
                    catch (FilterSyntaxException e)
                    {
                        Assert.InRange(e.Position, 0, expression.Length);
                        Assert.DoesNotContain("\u202e", e.Describe(), StringComparison.Ordinal);
                        return;
                    }

                    FilterRun.Lines(filter, Seeds);
                },
                iter: 5_000,
                seed: "0vBZk1o5Yqb2");
        }
    }
}
