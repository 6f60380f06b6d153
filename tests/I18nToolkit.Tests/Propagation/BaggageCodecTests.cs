using System.Collections.Generic;
using System.Linq;
using I18nToolkit.Propagation;
using Xunit;

namespace I18nToolkit.Tests.Propagation
{
    public class BaggageCodecTests
    {
        [Fact]
        public void Members_properties_whitespace_and_several_headers_are_read()
        {
            var entries = BaggageCodec.Parse(new[] { " Application = Payrollsync ; ttl=3 , Msgid=ID-42", "userId=alice%20b%C3%B6se,Msgid=ID-43" });

            Assert.Equal(new[] { "Application=Payrollsync", "userId=alice böse", "Msgid=ID-43" }, entries.Select(e => e.ToString()));
            Assert.Equal("ttl=3", entries[0].Properties);
        }

        [Theory]
        [InlineData("noequals")]
        [InlineData("bad key=x")]
        [InlineData("k=bad value")]
        [InlineData("k=v;")]
        [InlineData("k=v;p q")]
        [InlineData("k=v;(p)=1")]
        [InlineData("(k)=x")]
        [InlineData("k=v x")]
        [InlineData("k=v\"")]
        [InlineData("=v")]
        [InlineData("k v=x;p")]
        public void A_malformed_member_is_skipped_and_described_and_the_others_are_kept(string bad)
        {
            var problems = new List<string>();

            var entries = BaggageCodec.Parse(new[] { "good=1," + bad + ",also=2" }, problems);

            Assert.Equal(new[] { "good", "also" }, entries.Select(e => e.Key));
            Assert.Contains("(at character 8)", Assert.Single(problems), System.StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(W3cBaggageCase.Rows), MemberType = typeof(W3cBaggageCase))]
        public void The_w3c_reference_cases_parse_and_write_as_the_reference_does(string name)
        {
            W3cBaggageCase test = W3cBaggageCase.Named(name);
            var problems = new List<string>();

            List<BaggageEntry> entries = test.Received is null
                ? test.Pushed?.Select(p => new BaggageEntry(p.Key, p.Value)).ToList() ?? new List<BaggageEntry>()
                : BaggageCodec.Parse(new[] { test.Received }, problems);
            string header = BaggageCodec.Format(entries, problems, maxEntries: test.MaxEntries);

            Assert.Empty(problems);
            Assert.Equal(test.Members.Select(m => (m.Key, m.Value)), entries.Select(e => (e.Key, e.Value)));
            Assert.Equal(test.Members.Select(m => m.Properties), entries.Select(e => e.Properties is null ? new (string, string?)[0] : BaggageCodec.ReadProperties(e.Properties)!.Select(p => (p.Key, p.Value)).ToArray()));
            Assert.Equal(test.Header ?? string.Empty, header);
        }

        [Theory]
        [InlineData("k=%C3", "\uFFFD")]
        [InlineData("k=a%E0%A4b", "a\uFFFDb")]
        [InlineData("k=%FF%FE%41", "\uFFFD\uFFFDA")]
        [InlineData("k=%ED%A0%80", "\uFFFD\uFFFD\uFFFD")]
        [InlineData("k=100%", "100%")]
        [InlineData("k=%zz%4", "%zz%4")]
        [InlineData("k=", "")]
        public void Octets_that_are_not_utf8_decode_to_the_replacement_character_and_a_lone_percent_stands_for_itself(string header, string expected)
        {
            var problems = new List<string>();

            BaggageEntry entry = Assert.Single(BaggageCodec.Parse(new[] { header }, problems));

            Assert.Empty(problems);
            Assert.Equal(System.Text.RegularExpressions.Regex.Unescape(expected), entry.Value);
        }

        [Fact]
        public void Properties_written_by_code_are_checked_so_a_comma_never_makes_a_second_member()
        {
            var dropped = new List<string>();

            string header = BaggageCodec.Format(new[] { new BaggageEntry("a", "1", "p=x,evil=1"), new BaggageEntry("b", "2", " q = %c3%bc ") }, dropped);

            Assert.Equal("b=2;q=%C3%BC", header);
            Assert.Equal(new[] { "a (properties not valid)" }, dropped);
        }

        [Fact]
        public void The_byte_limit_counts_bytes_of_the_encoded_header()
        {
            // 2,000 'ü' are 4,000 UTF-8 bytes and 12,000 bytes encoded: far over 8,192 though only 2,002 characters.
            var dropped = new List<string>();

            string header = BaggageCodec.Format(new[] { new BaggageEntry("k", new string('ü', 2000)), new BaggageEntry("j", new string('ü', 1300)) }, dropped);

            Assert.Equal(new[] { "k" }, dropped);
            Assert.Equal(2 + 1300 * 6, header.Length);
            Assert.Equal(header.Length, System.Text.Encoding.UTF8.GetByteCount(header));
        }

        [Fact]
        public void Received_headers_are_read_within_the_limits_in_linear_time()
        {
            // 50,000 members of one key: the last wins (the toolkit's rule for duplicates), the rest is left out.
            string flood = string.Join(",", Enumerable.Range(0, 50_000).Select(i => "k" + (i % 3) + "=" + i));
            var problems = new List<string>();
            var watch = System.Diagnostics.Stopwatch.StartNew();

            List<BaggageEntry> entries = BaggageCodec.Parse(new[] { flood }, problems, maxEntries: 64, maxBytes: int.MaxValue);
            List<BaggageEntry> capped = BaggageCodec.Parse(new[] { flood, "late=1" }, problems);

            Assert.Equal(new[] { "k2=49997", "k0=49998", "k1=49999" }, entries.Select(e => e.ToString()));
            Assert.True(capped.Sum(e => e.Key.Length + e.Value.Length + 2) <= 8192);
            Assert.DoesNotContain(capped, e => e.Key == "late");
            Assert.Contains(problems, p => p.Contains("beyond the limit", System.StringComparison.Ordinal));
            Assert.True(watch.Elapsed < System.TimeSpan.FromSeconds(5), $"took {watch.Elapsed}"); // quadratic took minutes

            var many = string.Join(",", Enumerable.Range(0, 100).Select(i => "k" + i + "=v"));
            problems.Clear();
            Assert.Equal(64, BaggageCodec.Parse(new[] { many }, problems).Count);
            Assert.Equal("36 member(s) beyond the limit of 64 were left out, from 'k64' on", Assert.Single(problems));
        }

        [Fact]
        public void Empty_members_tabs_and_properties_are_read_as_the_spec_allows()
        {
            var problems = new List<string>();

            var entries = BaggageCodec.Parse(new[] { ",a=1,, ,\tk\t=\tv=w\t;\tp;q=r\t,c=3," }, problems);

            Assert.Empty(problems);
            Assert.Equal(new[] { "a=1", "k=v=w", "c=3" }, entries.Select(e => e.ToString()));
            Assert.Equal("p;q=r", entries[1].Properties);
        }

        [Fact]
        public void Random_members_survive_format_and_parse_and_garbage_never_throws()
        {
            var random = new System.Random(7);
            const string keyChars = "abcXYZ019!#$%&'*+-.^_`|~";
            string[] valueParts = { "a", "Z", "9", " ", ",", ";", "=", "%", "\"", "\\", "ü", "✓", "𝄞", "%2", "\t" };
            for (int round = 0; round < 500; round++)
            {
                var expected = new List<BaggageEntry>();
                for (int m = random.Next(1, 6); m > 0; m--)
                {
                    string key = new string(Enumerable.Range(0, random.Next(1, 8)).Select(_ => keyChars[random.Next(keyChars.Length)]).ToArray());
                    string value = string.Concat(Enumerable.Range(0, random.Next(0, 8)).Select(_ => valueParts[random.Next(valueParts.Length)]));
                    expected.RemoveAll(e => e.Key == key); // a later member of the same key wins
                    expected.Add(new BaggageEntry(key, value));
                }

                string header = BaggageCodec.Format(expected);
                Assert.Equal(expected.Select(e => (e.Key, e.Value)), BaggageCodec.Parse(new[] { header }).Select(e => (e.Key, e.Value)));

                // Any text at all before it: parsed or reported, never an exception, and the members after it are kept.
                string garbage = new string(Enumerable.Range(0, random.Next(0, 30)).Select(_ => (char)random.Next(0, 200)).ToArray());
                var afterGarbage = BaggageCodec.Parse(new[] { garbage + "," + header }, new List<string>());
                Assert.Equal(expected.Select(e => (e.Key, e.Value)), afterGarbage.Where(e => expected.Any(x => x.Key == e.Key)).Select(e => (e.Key, e.Value)));
            }
        }

        [Theory]
        [InlineData("plain-text_1.2")]
        [InlineData("with space, comma; semicolon \"quote\" back\\slash 100%")]
        [InlineData("Grüße aus Köln – ✓ 𝄞")]
        [InlineData("")]
        public void Values_survive_encoding_and_parsing(string value)
        {
            string header = BaggageCodec.Format(new[] { new BaggageEntry("k", value) });

            Assert.DoesNotContain(' ', header);
            Assert.Equal(value, Assert.Single(BaggageCodec.Parse(new[] { header })).Value);
        }

        [Fact]
        public void The_w3c_minimums_pass_and_beyond_them_whole_members_are_dropped_in_order()
        {
            var many = Enumerable.Range(0, 70).Select(i => new BaggageEntry("k" + i, "v")).ToList();
            var dropped = new List<string>();

            string header = BaggageCodec.Format(many, dropped);

            Assert.Equal(64, BaggageCodec.Parse(new[] { header }).Count);
            Assert.Equal(Enumerable.Range(64, 6).Select(i => "k" + i), dropped);

            // 8,192 bytes: a member that would cross the limit is left out whole; a later, smaller one still fits.
            var big = new List<BaggageEntry> { new BaggageEntry("a", new string('x', 8000)), new BaggageEntry("b", new string('y', 300)), new BaggageEntry("c", "z") };
            dropped.Clear();
            header = BaggageCodec.Format(big, dropped);
            Assert.True(header.Length <= 8192);
            Assert.Equal(new[] { "a", "c" }, BaggageCodec.Parse(new[] { header }).Select(e => e.Key));
            Assert.Equal(new[] { "b" }, dropped);
            Assert.Equal(header, BaggageCodec.Format(big)); // the same input, the same header
        }
    }
}
