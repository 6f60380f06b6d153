using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;
using I18nToolkit.Logging.Clef;
using Xunit;

namespace I18nToolkit.Tests.Logging.Clef
{
    /// <summary>The UTF-8 line writer against System.Text.Json, the reference reader of what it writes.</summary>
    public class Utf8LineBufferTests
    {
        private static string Written(Action<Utf8LineBuffer> write)
        {
            var line = new Utf8LineBuffer();
            write(line);
            byte[] bytes = line.Written.ToArray();
            Assert.Equal(bytes, new UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(Encoding.UTF8.GetString(bytes))); // valid UTF-8
            return Encoding.UTF8.GetString(bytes);
        }

        /// <summary>Any text, with controls, quotes, backslashes, U+2028/9, non-BMP pairs and lone surrogates.</summary>
        private static readonly Gen<string> Text = Gen.String[Gen.Frequency(
            (6, Gen.Char['a', 'z']),
            (2, Gen.Char['\u0000', '\u001f']),
            (2, Gen.Char["\"\\/\u2028\u2029\u007féß€中"]),
            (1, Gen.Char['\ud800', '\udfff'])), 0, 40];

        [Fact]
        public void Any_text_reads_back_as_itself_through_System_Text_Json()
        {
            Text.Sample(
                text =>
                {
                    string json = Written(line => line.WriteString(text));
                    // A lone surrogate cannot be UTF-8: it becomes U+FFFD, as Encoding.UTF8 writes it.
                    string expected = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
                    Assert.Equal(expected, JsonSerializer.Deserialize<string>(json));
                    Assert.DoesNotContain('\n', json);
                    Assert.DoesNotContain('\u2028', json);
                },
                iter: 5_000,
                seed: "0Qc7bqKRaGc3");
        }

        [Fact]
        public void A_typed_value_is_written_as_the_same_value_boxed()
        {
            Gen.Select(Gen.Int, Gen.Long, Gen.Double, Gen.Decimal, Gen.DateTime).Sample(
                (i, l, d, m, t) =>
                {
                    Assert.Equal(Written(b => b.WriteObject(i)), Written(b => b.WriteValue(i)));
                    Assert.Equal(Written(b => b.WriteObject(l)), Written(b => b.WriteValue(l)));
                    Assert.Equal(Written(b => b.WriteObject(d)), Written(b => b.WriteValue(d)));
                    Assert.Equal(Written(b => b.WriteObject(m)), Written(b => b.WriteValue(m)));
                    Assert.Equal(Written(b => b.WriteObject(t)), Written(b => b.WriteValue(t)));
                    Assert.Equal(i, JsonSerializer.Deserialize<int>(Written(b => b.WriteValue(i))));
                    Assert.Equal(l, JsonSerializer.Deserialize<long>(Written(b => b.WriteValue(l))));
                    if (!double.IsNaN(d) && !double.IsInfinity(d))
                        Assert.Equal(d, JsonSerializer.Deserialize<double>(Written(b => b.WriteValue(d))));
                    Assert.Equal(m, JsonSerializer.Deserialize<decimal>(Written(b => b.WriteValue(m))));
                    Assert.Equal(t.ToString("o", CultureInfo.InvariantCulture), JsonSerializer.Deserialize<string>(Written(b => b.WriteValue(t))));
                },
                iter: 2_000,
                seed: "0Qc7bqKRaGc3");
        }

        [Fact]
        public void Other_values_follow_clef_rules()
        {
            var offset = new DateTimeOffset(2026, 12, 2, 13, 0, 0, TimeSpan.FromHours(1));
            Assert.Equal("null", Written(b => b.WriteValue<string?>(null)));
            Assert.Equal("true", Written(b => b.WriteValue(true)));
            Assert.Equal("\"NaN\"", Written(b => b.WriteValue(double.NaN))); // JSON has no NaN
            Assert.Equal("\"" + offset.ToString("o", CultureInfo.InvariantCulture) + "\"", Written(b => b.WriteValue(offset)));
            Assert.Equal("\"Friday\"", Written(b => b.WriteValue(DayOfWeek.Friday)));
            Assert.Equal("\"1.5\"", Written(b => b.WriteObject(new Version(1, 5))));
            Assert.Equal("\"(InvalidOperationException in ToString)\"", Written(b => b.WriteObject(new Throwing())));
            Assert.Equal(",\"@@x\":", Written(b => b.WriteName("@x"))); // CLEF escapes a leading @
        }

        private sealed class Throwing
        {
            public override string ToString() => throw new InvalidOperationException();
        }
    }
}
