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
        [InlineData("k=%zz")]
        [InlineData("k=%C3")]
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
            Assert.Single(problems);
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
