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
