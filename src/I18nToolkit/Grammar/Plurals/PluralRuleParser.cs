using System;
using System.Collections.Generic;
using System.Globalization;

namespace I18nToolkit.Grammar.Plurals
{
    /// <summary>
    /// Reads the generated rule sets ("one: i = 1 and v = 0; few: v = 0 and i % 10 = 2..4; other"): CLDR's condition
    /// syntax (TR35 "Plural rules syntax") without the samples - relations joined by <c>and</c> and <c>or</c>, an
    /// operand with an optional modulus, <c>=</c> or <c>!=</c>, values and ranges.
    /// </summary>
    internal static class PluralRuleParser
    {
        public static PluralRuleSet Parse(string locale, PluralRuleType type, bool isKnown, string text)
        {
            var categories = new List<PluralCategory>();
            var conditional = new List<PluralCategory>();
            var conditions = new List<PluralRelation[][]>();
            foreach (string rule in text.Split(new[] { "; " }, StringSplitOptions.None))
            {
                int colon = rule.IndexOf(':');
                string name = colon < 0 ? rule : rule.Substring(0, colon);
                if (!PluralCategories.TryParse(name, out PluralCategory category))
                    throw new FormatException($"Unknown plural category '{name}' in the rules of {locale}.");
                categories.Add(category);
                if (colon < 0)
                    continue;
                conditional.Add(category);
                conditions.Add(ParseCondition(rule.Substring(colon + 1), locale));
            }

            if (categories.Count == 0 || categories[categories.Count - 1] != PluralCategory.Other)
                throw new FormatException($"The rules of {locale} do not end in 'other'.");
            return new PluralRuleSet(locale, type, isKnown, text, categories.ToArray(), conditional.ToArray(), conditions.ToArray());
        }

        private static PluralRelation[][] ParseCondition(string text, string locale)
        {
            var groups = new List<PluralRelation[]>();
            foreach (string group in text.Split(new[] { " or " }, StringSplitOptions.None))
            {
                var relations = new List<PluralRelation>();
                foreach (string relation in group.Split(new[] { " and " }, StringSplitOptions.None))
                    relations.Add(ParseRelation(relation.Trim(), locale));
                groups.Add(relations.ToArray());
            }

            return groups.ToArray();
        }

        // "i % 10 = 2..4,9", "n != 0", "e = 0".
        private static PluralRelation ParseRelation(string text, string locale)
        {
            string[] words = text.Split(' ');
            int at = 0;
            if (words[at].Length != 1 || "niwvftce".IndexOf(words[at][0]) < 0)
                throw Bad(text, locale);
            char operand = words[at++][0];
            long modulus = 0;
            if (words[at] == "%")
            {
                modulus = long.Parse(words[at + 1], CultureInfo.InvariantCulture);
                at += 2;
            }

            bool negated = words[at] switch
            {
                "=" => false,
                "!=" => true,
                _ => throw Bad(text, locale),
            };
            at++;
            if (at != words.Length - 1)
                throw Bad(text, locale);
            var ranges = new List<long>();
            foreach (string item in words[at].Split(','))
            {
                int dots = item.IndexOf("..", StringComparison.Ordinal);
                long low = long.Parse(dots < 0 ? item : item.Substring(0, dots), CultureInfo.InvariantCulture);
                long high = dots < 0 ? low : long.Parse(item.Substring(dots + 2), CultureInfo.InvariantCulture);
                ranges.Add(low);
                ranges.Add(high);
            }

            return new PluralRelation(operand, modulus, negated, ranges.ToArray());
        }

        private static FormatException Bad(string relation, string locale) =>
            new FormatException($"Malformed relation '{relation}' in the plural rules of {locale}.");
    }
}
