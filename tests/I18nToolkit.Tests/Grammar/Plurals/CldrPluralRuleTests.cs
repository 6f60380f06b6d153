using System.Collections.Generic;
using System.Linq;
using I18nToolkit.Grammar.Plurals;
using Xunit;

namespace I18nToolkit.Tests.Grammar.Plurals
{
    /// <summary>The generated rules held to the CLDR data itself: every sample CLDR gives classifies to its category.</summary>
    public class CldrPluralRuleTests
    {
        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void Every_CLDR_sample_classifies_to_its_category(bool cardinal)
        {
            PluralRuleType type = cardinal ? PluralRuleType.Cardinal : PluralRuleType.Ordinal;
            var wrong = new List<string>();
            int samples = 0;
            foreach ((string locale, Dictionary<string, (string Condition, string Samples)> rules) in CldrSamples.Read(type))
            {
                PluralRuleSet set = PluralRules.For(locale, type);
                foreach ((string category, (string _, string list)) in rules)
                {
                    foreach (string sample in CldrSamples.Expand(list))
                    {
                        samples++;
                        Assert.True(PluralOperands.TryParse(sample, out PluralOperands operands), $"{locale}: sample '{sample}' does not parse");
                        string got = PluralCategories.Name(set.Select(operands));
                        if (got != category)
                            wrong.Add($"{locale} {type} {sample}: {got}, CLDR says {category} ({operands})");
                    }
                }
            }

            Assert.Empty(wrong);
            Assert.True(samples > (type == PluralRuleType.Cardinal ? 10_000 : 1_000), $"only {samples} samples read");
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void The_generated_rules_are_the_CLDR_data_without_samples(bool cardinal)
        {
            PluralRuleType type = cardinal ? PluralRuleType.Cardinal : PluralRuleType.Ordinal;
            // Fails when someone edits the data or the generated file without running tools/cldr/generate-plural-rules.mjs.
            var data = CldrSamples.Read(type);
            Assert.Equal(data.Keys.OrderBy(k => k, System.StringComparer.OrdinalIgnoreCase), PluralRules.Locales(type).OrderBy(k => k, System.StringComparer.OrdinalIgnoreCase));
            string[] order = { "zero", "one", "two", "few", "many", "other" };
            foreach ((string locale, var rules) in data)
            {
                PluralRuleSet set = PluralRules.For(locale, type);
                Assert.True(set.IsKnown);
                string expected = string.Join("; ", order.Where(rules.ContainsKey).Select(c => c == "other" ? "other" : c + ": " + rules[c].Condition));
                Assert.Equal(expected, set.Text);
                Assert.Equal(order.Where(rules.ContainsKey), set.Categories.Select(PluralCategories.Name));
            }

            Assert.Equal(CldrSamples.CldrVersion(), PluralRules.CldrVersion);
        }

        [Fact]
        public void The_integer_table_agrees_with_the_rules_for_every_locale()
        {
            foreach (PluralRuleType type in new[] { PluralRuleType.Cardinal, PluralRuleType.Ordinal })
            {
                foreach (string locale in PluralRules.Locales(type))
                {
                    PluralRuleSet set = PluralRules.For(locale, type);
                    for (long n = -3; n <= 2_100; n++)
                        Assert.Equal(set.Select(PluralOperands.FromInteger(n)), set.SelectInteger(n));
                }
            }
        }

        [Theory]
        // TR35's operand table, and .NET's double text.
        [InlineData("1", 1, 0, 0, 0, 0, 0)]
        [InlineData("1.0", 1, 1, 0, 0, 0, 0)]
        [InlineData("1.00", 1, 2, 0, 0, 0, 0)]
        [InlineData("1.3", 1, 1, 3, 1, 3, 0)]
        [InlineData("1.30", 1, 2, 30, 1, 3, 0)]
        [InlineData("1.03", 1, 2, 3, 2, 3, 0)]
        [InlineData("1.230", 1, 3, 230, 2, 23, 0)]
        [InlineData("1200000", 1200000, 0, 0, 0, 0, 0)]
        [InlineData("1.2c6", 1200000, 0, 0, 0, 0, 6)]
        [InlineData("123c6", 123000000, 0, 0, 0, 0, 6)]
        [InlineData("123c5", 12300000, 0, 0, 0, 0, 5)]
        [InlineData("1200.50", 1200, 2, 50, 1, 5, 0)]
        [InlineData("1.20050c3", 1200, 2, 50, 1, 5, 3)]
        [InlineData("1.5E-05", 0, 6, 15, 6, 15, 0)]
        [InlineData("1E+20", 0, 0, 0, 0, 0, 0)] // 21 digits: the last 18 kept (plus 10^18)
        public void Operands_are_the_specification_s(string text, long i, int v, long f, int w, long t, int e)
        {
            Assert.True(PluralOperands.TryParse(text, out PluralOperands o));
            long big = 1_000_000_000_000_000_000;
            Assert.Equal(i, o.I >= big ? o.I - big : o.I);
            Assert.Equal((v, f, w, t, e), (o.V, o.F, o.W, o.T, o.E));
        }

        [Theory]
        [InlineData(1.5, "1.5")]
        [InlineData(2.0, "2")]
        [InlineData(0.1, "0.1")]
        public void A_double_has_the_fraction_digits_of_its_shortest_text(double value, string text)
        {
            Assert.True(PluralOperands.TryParse(text, out PluralOperands expected));
            Assert.Equal(expected.ToString(), PluralOperands.FromDouble(value).ToString());
        }

        [Fact]
        public void A_decimal_keeps_its_scale_as_visible_fraction_digits()
        {
            PluralOperands o = PluralOperands.FromDecimal(1.50m);
            Assert.Equal((1L, 2, 50L), (o.I, o.V, o.F));
            Assert.Equal(PluralCategory.Other, PluralRules.For("en", PluralRuleType.Cardinal).Select(PluralOperands.FromDecimal(1.0m)));
            Assert.Equal(PluralCategory.One, PluralRules.For("en", PluralRuleType.Cardinal).Select(PluralOperands.FromDecimal(1m)));
        }

        [Theory]
        [InlineData("pl-PL", "pl")]
        [InlineData("pt-PT", "pt-PT")]
        [InlineData("pt-BR", "pt")]
        [InlineData("de_AT", "de")]
        [InlineData("sr-Latn-RS", "sr")]
        [InlineData("qps-ploc", "en")]
        public void A_culture_takes_the_rules_of_its_longest_CLDR_name(string culture, string locale)
        {
            PluralRuleSet set = PluralRules.For(culture, PluralRuleType.Cardinal);
            Assert.True(set.IsKnown);
            Assert.Equal(locale, set.Locale, ignoreCase: true);
        }

        [Fact]
        public void A_culture_CLDR_does_not_know_has_only_other()
        {
            PluralRuleSet set = PluralRules.For("x-klingon", PluralRuleType.Cardinal);
            Assert.False(set.IsKnown);
            Assert.Equal(new[] { PluralCategory.Other }, set.Categories);
            Assert.Equal(PluralCategory.Other, PluralRules.For("", PluralRuleType.Ordinal).Select(PluralOperands.FromInteger(1)));
        }

        [Fact]
        public void Numbers_past_18_digits_keep_their_category()
        {
            PluralRuleSet pl = PluralRules.For("pl", PluralRuleType.Cardinal);
            Assert.Equal(PluralCategory.Few, pl.Select(PluralOperands.FromUnsigned(18_446_744_073_709_551_602UL)));
            Assert.Equal(PluralCategory.Many, pl.Select(PluralOperands.FromInteger(long.MinValue + 3))); // ...805, |n|
            Assert.Equal(PluralCategory.Other, pl.Select(PluralOperands.FromDouble(double.NaN)));
        }
    }
}
