using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using I18nToolkit.Grammar;
using I18nToolkit.Propagation;
using Xunit;

namespace I18nToolkit.Tests.Robustness
{
    /// <summary>
    /// Bounded, seeded fuzzing of every parser of outside input in the runtime (CsCheck shrinks a failure and prints the
    /// seed that replays it): the template grammar (code and translations) and the baggage codec (the <c>.resx</c> reader's are in the build's tests).
    /// Each must answer every input with a result or its own error - never another exception, never a hang.
    /// </summary>
    public class FuzzTests
    {
        /// <summary>Text made of the characters each grammar cares about, and some it must refuse.</summary>
        private static Gen<string> TextOf(string alphabet, int maxLength) =>
            Gen.Frequency(
                (6, Gen.Char[alphabet]),
                (1, Gen.Char),
                (1, Gen.OneOf('\ud800', '\udc00', '\0', '\u202e')))
            .Array[0, maxLength].Select(chars => new string(chars));

        [Fact]
        public void The_template_grammar_parses_or_says_where_for_any_text()
        {
            TextOf("{}{}{},:-0123456789ABab _.$@'\"", 40).Sample(
                text =>
                {
                    if (!MessageTemplate.TryParse(text, out MessageTemplate? template, out MessageFormatError? error))
                    {
                        Assert.InRange(error!.Position, 0, text.Length);
                        Assert.False(string.IsNullOrEmpty(error.Message));
                        return;
                    }

                    Assert.Equal(text, template!.Text);
                    // Rendering with any arguments, or too few, never throws and never explodes.
                    object?[] args = Enumerable.Range(0, template.ArgumentCount).Select(i => (object?)(i % 3 == 0 ? 12.5m : i % 3 == 1 ? "x" : null)).ToArray();
                    string rendered = template.Format(CultureInfo.InvariantCulture, args);
                    Assert.True(rendered.Length <= text.Length * 2 + 10_000 * (template.Holes.Count + 1));
                    template.Format(CultureInfo.InvariantCulture, Array.Empty<object?>());
                },
                iter: 20_000,
                seed: "0Qc7bqKRaGc3");
        }

        // Well-formed messages with choices nested up to three deep, then (one time in three) one character cut or
        // doubled somewhere, so the parser sees both what it must accept and the near misses.
        private static Gen<string> Sequence(int depth, bool inPlural) =>
            Gen.Frequency(
                (4, Gen.OneOf("text ", " ", "{{", "{Name}", "{Count:N0}", "'}'", inPlural ? "#" : "#", inPlural ? "'#'" : "x")),
                (depth < 3 ? 2 : 0, Gen.OneOf(Gen.Const(0), Gen.Const(1), Gen.Const(2)).SelectMany(kind => Choice(depth + 1, kind))))
            .Array[0, 4].Select(parts => string.Concat(parts));

        private static Gen<string> Choice(int depth, int kind)
        {
            string[] selectors = kind == 2 ? new[] { "male", "female", "x-1" } : new[] { "=0", "=1", "zero", "one", "two", "few", "many" };
            string head = kind switch { 0 => "{Count, plural, ", 1 => "{Place, selectordinal, ", _ => "{Gender, select, " };
            return Gen.Select(Gen.Int[0, 3], Gen.Bool, Sequence(depth, kind != 2).Array[4])
                .Select((count, offset, contents) =>
                    head + (offset && kind != 2 ? "offset:1 " : "") + string.Concat(selectors.Take(count).Select((sel, i) => sel + " {" + contents[i] + "} "))
                    + "other {" + contents[3] + "}}");
        }

        private static readonly Gen<string> ChoiceMessage = Gen.Select(Sequence(0, false), Gen.Int[0, 2], Gen.Int[0, 1000])
            .Select((text, mutate, at) => mutate != 0 || text.Length == 0 ? text
                : at % 2 == 0 ? text.Remove(at % text.Length, 1) : text.Insert(at % text.Length, text[at % text.Length].ToString()));

        [Fact]
        public void Plural_and_select_templates_parse_or_say_where_and_render_the_same_every_way()
        {
            int withChoices = 0;
            ChoiceMessage.Sample(
                text =>
                {
                    if (!MessageTemplate.TryParse(text, out MessageTemplate? template, out MessageFormatError? error))
                    {
                        Assert.InRange(error!.Position, 0, text.Length);
                        return;
                    }

                    if (template!.HasChoices)
                        withChoices++;
                    foreach (object?[] args in new[] { new object?[] { 1, "male", 2, "female", 3 }, new object?[] { 5m, null, 1.5, 0, "x-1" }, new object?[] { "x", 22, -3, "male", 1 }, new object?[] { 112L, "other", 0, 2, 11 } })
                    {
                        object?[] used = args.Take(template!.ArgumentCount).ToArray();
                        foreach (string culture in new[] { "en", "pl", "ar" })
                        {
                            MessageTemplate bound = template.WithPluralCulture(culture);
                            string rendered = bound.Format(CultureInfo.InvariantCulture, used);
                            Assert.True(rendered.Length <= text.Length * 4 + 1_000, rendered);
                            if (used.Length <= 3)
                            {
                                Assert.Equal(rendered, I18nToolkit.Rendering.TemplateRenderer.Render(bound, CultureInfo.InvariantCulture, used.Length,
                                    used.ElementAtOrDefault(0), used.ElementAtOrDefault(1), used.ElementAtOrDefault(2)));
                                var buffer = new char[rendered.Length + 16];
                                Assert.True(I18nToolkit.Rendering.TemplateRenderer.TryRender(bound, CultureInfo.InvariantCulture, used.Length,
                                    used.ElementAtOrDefault(0), used.ElementAtOrDefault(1), used.ElementAtOrDefault(2), buffer, out int charsWritten));
                                Assert.Equal(rendered, new string(buffer, 0, charsWritten));
                            }
                            // Written back in the grammar, it is the same template (every argument given: a missing one renders as written).
                            MessageTemplate written = MessageTemplate.Parse(TemplateWriter.Write(template, t => t)).WithPluralCulture(culture);
                            Assert.Equal(rendered, written.Format(CultureInfo.InvariantCulture, used));
                        }
                    }
                },
                iter: 5_000,
                seed: "3pLuRaL5eLeC");
            Assert.True(withChoices > 20, $"only {withChoices} samples had a well-formed choice");
        }

        [Fact]
        public void The_baggage_codec_reads_any_header_and_what_it_writes_reads_back_the_same()
        {
            TextOf("abcK=;,% \t\"\\!#$&'*+-.^_`|~09AF2C3%", 60).Sample(
                header =>
                {
                    var problems = new List<string>();
                    List<BaggageEntry> entries = BaggageCodec.Parse(new[] { header }, problems);
                    string written = BaggageCodec.Format(entries);
                    List<BaggageEntry> again = BaggageCodec.Parse(new[] { written });
                    Assert.Equal(entries.Select(e => (e.Key, e.Value, e.Properties ?? string.Empty)), again.Select(e => (e.Key, e.Value, e.Properties ?? string.Empty)));
                    Assert.Equal(written, BaggageCodec.Format(again)); // the normal form is a fixed point
                    Assert.Equal(written.Length, Encoding.UTF8.GetByteCount(written));
                },
                iter: 20_000,
                seed: "0AVg8mShOnB2");
        }

        [Fact]
        public void The_baggage_codec_reads_a_huge_header_in_linear_time_within_the_limits()
        {
            string header = string.Join(",", Enumerable.Range(0, 200_000).Select(i => "k" + (i % 1000) + "=v;p=" + i));
            var watch = Stopwatch.StartNew();

            List<BaggageEntry> entries = BaggageCodec.Parse(new[] { header }, new List<string>(), maxEntries: int.MaxValue, maxBytes: int.MaxValue);

            Assert.Equal(1000, entries.Count);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        }
    }
}
