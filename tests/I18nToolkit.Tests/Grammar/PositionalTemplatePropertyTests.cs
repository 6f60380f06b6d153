using System;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using I18nToolkit.Grammar;
using Xunit;

namespace I18nToolkit.Tests.Grammar
{
    /// <summary>
    /// Positional templates (<c>{0}</c>, <c>{1,-8}</c>, <c>{2:N2}</c>, <c>{{</c>) are .NET composite format strings: the
    /// toolkit renders them exactly as <see cref="string.Format(IFormatProvider, string, object[])"/> does, for
    /// any mix of text, escapes, alignments and formats (CsCheck, seeded; a failure shrinks to the smallest template).
    /// </summary>
    public class PositionalTemplatePropertyTests
    {
        private static readonly CultureInfo[] Cultures = { CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("de-DE"), CultureInfo.GetCultureInfo("fr-FR") };

        // Argument i has a type fixed by i, so each hole's format fits the value it formats.
        private static object Argument(int index) => (index % 4) switch
        {
            0 => 1234567,
            1 => 1234.5678m,
            2 => "text",
            _ => new DateTime(2026, 12, 2, 13, 5, 9, DateTimeKind.Utc),
        };

        private static readonly string[][] Formats =
        {
            new[] { "D9", "X", "N0", "#,##0", "0000" },
            new[] { "N2", "F1", "0.00", "E3", "P" },
            new[] { string.Empty },
            new[] { "yyyy-MM-dd", "HH:mm", "o", "d" },
        };

        private static readonly Gen<string> Part = Gen.Frequency(
            (3, Gen.String[Gen.Char["abc xyz.-"], 0, 6]),
            (1, Gen.Const("{{")),
            (1, Gen.Const("}}")),
            (4, Gen.Select(Gen.Int[0, 5], Gen.Int[-12, 12], Gen.Int[0, 4], Gen.Bool, (index, alignment, format, aligned) =>
            {
                string[] formats = Formats[index % 4];
                string f = formats[format % formats.Length];
                var hole = new StringBuilder().Append('{').Append(index);
                if (aligned && alignment != 0)
                    hole.Append(',').Append(alignment);
                if (f.Length > 0)
                    hole.Append(':').Append(f);
                return hole.Append('}').ToString();
            })));

        [Fact]
        public void A_positional_template_renders_as_string_Format_does()
        {
            Gen.Select(Part.Array[1, 8], Gen.Int[0, Cultures.Length - 1]).Sample(
                (parts, culture) =>
                {
                    string text = string.Concat(parts);
                    object[] args = Enumerable.Range(0, 6).Select(Argument).ToArray();
                    if (!MessageTemplate.TryParse(text, out MessageTemplate? template, out MessageFormatError? error))
                    {
                        // Only what string.Format also refuses (a template of literals alone parses either way).
                        Assert.Throws<FormatException>(() => string.Format(Cultures[culture], text, args));
                        return;
                    }

                    Assert.Equal(string.Format(Cultures[culture], text, args), template!.Format(Cultures[culture], args));
                },
                iter: 5_000,
                seed: "0Qc7bqKRaGc3",
                print: t => string.Concat(t.Item1) + " @" + Cultures[t.Item2].Name);
        }
    }
}
