using System.Collections.Generic;
using System.Linq;

namespace I18nToolkit.Tests.Propagation
{
    /// <summary>
    /// The 24 cases of the W3C Baggage reference tests (w3c/baggage, <c>test/test_baggage.py</c> at 40f5426), as data:
    /// what each parses (key, value, properties) and the header the reference's <c>to_string</c> writes for it.
    /// Parse cases start from a received header; the constructor and limit cases from members pushed into the context.
    /// </summary>
    public sealed class W3cBaggageCase
    {
        private const string Reserved = "\t \"';=asdf!@#$%^&*()";
        private const string ReservedEncoded = "%09%20%22%27%3B%3Dasdf%21%40%23%24%25%5E%26%2A%28%29";

        private W3cBaggageCase(string name, string? received, (string Key, string Value)[]? pushed, Member[] members, string? header, int maxEntries = 64)
        {
            Name = name;
            Received = received;
            Pushed = pushed;
            Members = members;
            Header = header;
            MaxEntries = maxEntries;
        }

        public string Name { get; }

        /// <summary>The header a caller sends (parse cases), or null.</summary>
        public string? Received { get; }

        /// <summary>The members the code pushes (constructor and limit cases), or null.</summary>
        public (string Key, string Value)[]? Pushed { get; }

        public Member[] Members { get; }

        /// <summary>What goes out to the next hop; null: no header at all.</summary>
        public string? Header { get; }

        /// <summary>The member limit the case needs (the spec's minimum, 64, unless the case writes more).</summary>
        public int MaxEntries { get; }

        public override string ToString() => Name;

        public sealed record Member(string Key, string Value, params (string Key, string? Value)[] Properties);

        public static IReadOnlyList<W3cBaggageCase> All { get; } = Create();

        /// <summary>For xUnit: one row per case, named by its name.</summary>
        public static IEnumerable<object[]> Rows => All.Select(c => new object[] { c.Name });

        public static W3cBaggageCase Named(string name) => All.Single(c => c.Name == name);

        private static W3cBaggageCase[] Create()
        {
            const string two = "SomeKey=SomeValue;SomeProp,SomeKey2=SomeValue2;ValueProp=PropVal";
            var twoMembers = new[] { new Member("SomeKey", "SomeValue", ("SomeProp", null)), new Member("SomeKey2", "SomeValue2", ("ValueProp", "PropVal")) };
            const string twoKv = "SomeKey=SomeValue;SomePropKey=SomePropValue,SomeKey2=SomeValue2;SomePropKey2=SomePropValue2";
            var twoKvMembers = new[] { new Member("SomeKey", "SomeValue", ("SomePropKey", "SomePropValue")), new Member("SomeKey2", "SomeValue2", ("SomePropKey2", "SomePropValue2")) };
            var simple = new[] { new Member("SomeKey", "SomeValue") };
            var sixtyFour = Enumerable.Range(0, 64).Select(i => ("key" + i, "value")).ToArray();
            string longValue = string.Concat(Enumerable.Repeat("0123456789", 819));
            var many = Enumerable.Range(0, 512).Select(i => (i.ToString("000", System.Globalization.CultureInfo.InvariantCulture), "0123456789a")).ToArray();
            return new[]
            {
                new W3cBaggageCase("Baggage.ctor_default", null, null, new Member[0], null),
                new W3cBaggageCase("Baggage.parse_simple", "SomeKey=SomeValue", null, simple, "SomeKey=SomeValue"),
                new W3cBaggageCase("Baggage.parse_multiple", two, null, twoMembers, two),
                new W3cBaggageCase("Baggage.parse_multiple_ows", "SomeKey \t = \t SomeValue \t ; \t SomeProp \t , \t SomeKey2 \t = \t SomeValue2 \t ; \t ValueProp \t = \t PropVal", null, twoMembers, two),
                new W3cBaggageCase("Baggage.parse_multiple_kv_property", twoKv, null, twoKvMembers, twoKv),
                new W3cBaggageCase("Baggage.parse_multiple_kv_property_ows", "SomeKey \t = \t SomeValue \t ; \t SomePropKey=SomePropValue \t , \t SomeKey2 \t = \t SomeValue2 \t ; \t SomePropKey2 \t = \t SomePropValue2", null, twoKvMembers, twoKv),
                new W3cBaggageCase("BaggageEntry.ctor_default", null, new[] { ("SomeKey", "SomeValue") }, simple, "SomeKey=SomeValue"),
                new W3cBaggageCase("BaggageEntry.parse_simple", "SomeKey=SomeValue", null, simple, "SomeKey=SomeValue"),
                new W3cBaggageCase("BaggageEntry.parse_multiple_equals", "SomeKey=SomeValue=equals", null, new[] { new Member("SomeKey", "SomeValue=equals") }, "SomeKey=SomeValue%3Dequals"),
                new W3cBaggageCase("BaggageEntry.parse_percent_encoded", "SomeKey=" + ReservedEncoded, null, new[] { new Member("SomeKey", Reserved) }, "SomeKey=" + ReservedEncoded),
                new W3cBaggageCase("BaggageEntry.parse_property", "SomeKey=SomeValue;SomeProp", null, new[] { new Member("SomeKey", "SomeValue", ("SomeProp", null)) }, "SomeKey=SomeValue;SomeProp"),
                new W3cBaggageCase("BaggageEntry.parse_multi_property", "SomeKey=SomeValue;SomeProp;SecondProp=PropValue", null,
                    new[] { new Member("SomeKey", "SomeValue", ("SomeProp", null), ("SecondProp", "PropValue")) }, "SomeKey=SomeValue;SomeProp;SecondProp=PropValue"),
                new W3cBaggageCase("BaggageEntry.parse_multiple_properties_same_name", "SomeKey=SomeValue;SomeProp;SomeProp=PropValue;SomeProp=AnotherPropValue", null,
                    new[] { new Member("SomeKey", "SomeValue", ("SomeProp", null), ("SomeProp", "PropValue"), ("SomeProp", "AnotherPropValue")) }, "SomeKey=SomeValue;SomeProp;SomeProp=PropValue;SomeProp=AnotherPropValue"),
                new W3cBaggageCase("BaggageEntry.parse_kv_property", "SomeKey=SomeValue;SomePropKey=SomePropValue", null,
                    new[] { new Member("SomeKey", "SomeValue", ("SomePropKey", "SomePropValue")) }, "SomeKey=SomeValue;SomePropKey=SomePropValue"),
                new W3cBaggageCase("BaggageEntry.parse_simple_ows", "SomeKey \t = \t SomeValue \t ", null, simple, "SomeKey=SomeValue"),
                new W3cBaggageCase("BaggageEntry.parse_percent_encoded_ows", "SomeKey \t = \t " + ReservedEncoded + " \t ", null, new[] { new Member("SomeKey", Reserved) }, "SomeKey=" + ReservedEncoded),
                new W3cBaggageCase("BaggageEntry.parse_property_ows", "SomeKey \t = \t SomeValue \t ; \t SomeProp", null, new[] { new Member("SomeKey", "SomeValue", ("SomeProp", null)) }, "SomeKey=SomeValue;SomeProp"),
                new W3cBaggageCase("BaggageEntry.parse_multi_property_ows", "SomeKey \t = \t SomeValue \t ; \t SomeProp \t ; \t SecondProp \t = \t PropValue", null,
                    new[] { new Member("SomeKey", "SomeValue", ("SomeProp", null), ("SecondProp", "PropValue")) }, "SomeKey=SomeValue;SomeProp;SecondProp=PropValue"),
                new W3cBaggageCase("BaggageEntry.parse_kv_property_ows", "SomeKey \t = \t SomeValue \t ; \t SomePropKey \t = \t SomePropValue", null,
                    new[] { new Member("SomeKey", "SomeValue", ("SomePropKey", "SomePropValue")) }, "SomeKey=SomeValue;SomePropKey=SomePropValue"),
                new W3cBaggageCase("BaggageEntry.parse_percent_encoded_property", "SomeKey=SomeValue;SomePropKey=" + ReservedEncoded, null,
                    new[] { new Member("SomeKey", "SomeValue", ("SomePropKey", Reserved)) }, "SomeKey=SomeValue;SomePropKey=" + ReservedEncoded),
                new W3cBaggageCase("BaggageEntry.parse_property_without_value_no_percent_decoding", "SomeKey=SomeValue;ValueProp%20%09%20%3D%20%09%20PropVal", null,
                    new[] { new Member("SomeKey", "SomeValue", ("ValueProp%20%09%20%3D%20%09%20PropVal", null)) }, "SomeKey=SomeValue;ValueProp%20%09%20%3D%20%09%20PropVal"),
                new W3cBaggageCase("Limits.serialize_at_least_64", null, sixtyFour, sixtyFour.Select(p => new Member(p.Item1, p.Item2)).ToArray(), string.Join(",", sixtyFour.Select(p => p.Item1 + "=" + p.Item2))),
                new W3cBaggageCase("Limits.serialize_long_entry", null, new[] { ("a", longValue) }, new[] { new Member("a", longValue) }, "a=" + longValue),
                new W3cBaggageCase("Limits.serialize_many_entries", null, many, many.Select(p => new Member(p.Item1, p.Item2)).ToArray(), string.Join(",", many.Select(p => p.Item1 + "=" + p.Item2)), maxEntries: 512),
            };
        }
    }
}
