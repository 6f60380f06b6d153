using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace I18nToolkit.Grammar.Plurals
{
    /// <summary>
    /// CLDR's plural rules for a culture (generated from CLDR data, <see cref="CldrPluralRuleData"/>): the culture's own
    /// name, then each shorter one (<c>pt-PT</c>, <c>pt</c>); a culture CLDR does not know takes the root rules, whose
    /// only category is <c>other</c>. Pseudo-locales (<c>qps-*</c>) take English rules, as they stand for English text.
    /// </summary>
    internal static class PluralRules
    {
        private static Dictionary<string, int>? s_cardinal, s_ordinal;
        private static readonly Dictionary<string, PluralRuleSet> s_byLocale = new Dictionary<string, PluralRuleSet>(StringComparer.OrdinalIgnoreCase);
        private static volatile Dictionary<string, PluralRuleSet> s_cardinalByName = new Dictionary<string, PluralRuleSet>(StringComparer.OrdinalIgnoreCase);
        private static volatile Dictionary<string, PluralRuleSet> s_ordinalByName = new Dictionary<string, PluralRuleSet>(StringComparer.OrdinalIgnoreCase);
        private static readonly object s_lock = new object();

        /// <summary>The language of the messages in code (English), whose rules choose their branches and check their categories.</summary>
        public const string SourceLanguage = "en";

        /// <summary>The CLDR version of the rules.</summary>
        public static string CldrVersion => CldrPluralRuleData.CldrVersion;

        public static PluralRuleSet For(CultureInfo culture, PluralRuleType type) => For(culture.Name, type);

        /// <summary>The rules for a culture name (any case, <c>-</c> or <c>_</c>); lookups after the first allocate nothing.</summary>
        public static PluralRuleSet For(string cultureName, PluralRuleType type)
        {
            Dictionary<string, PluralRuleSet> known = type == PluralRuleType.Cardinal ? s_cardinalByName : s_ordinalByName;
            if (known.TryGetValue(cultureName, out PluralRuleSet? rules))
                return rules;
            lock (s_lock)
            {
                known = type == PluralRuleType.Cardinal ? s_cardinalByName : s_ordinalByName;
                if (known.TryGetValue(cultureName, out rules))
                    return rules;
                rules = Resolve(cultureName, type);
                var grown = new Dictionary<string, PluralRuleSet>(known, StringComparer.OrdinalIgnoreCase) { [cultureName] = rules };
                if (type == PluralRuleType.Cardinal)
                    s_cardinalByName = grown;
                else
                    s_ordinalByName = grown;
                return rules;
            }
        }

        /// <summary>Every locale CLDR has rules of <paramref name="type"/> for.</summary>
        public static IEnumerable<string> Locales(PluralRuleType type)
        {
            lock (s_lock)
                return new List<string>(Table(type).Keys);
        }

        // Called under s_lock.
        private static PluralRuleSet Resolve(string cultureName, PluralRuleType type)
        {
            Dictionary<string, int> table = Table(type);
            string name = cultureName.Replace('_', '-');
            if (name.StartsWith("qps-", StringComparison.OrdinalIgnoreCase) || name.Equals("qps", StringComparison.OrdinalIgnoreCase))
                name = "en";
            while (name.Length > 0)
            {
                if (table.TryGetValue(name, out int index))
                    return Set(index, name, type);
                int dash = name.LastIndexOf('-');
                name = dash < 0 ? string.Empty : name.Substring(0, dash);
            }

            return PluralRuleParser.Parse("root", type, isKnown: false, "other");
        }

        // One parsed set per CLDR locale and type, whichever culture names lead to it.
        private static PluralRuleSet Set(int index, string locale, PluralRuleType type)
        {
            string key = (type == PluralRuleType.Cardinal ? "c:" : "o:") + locale;
            if (!s_byLocale.TryGetValue(key, out PluralRuleSet? set))
                s_byLocale.Add(key, set = PluralRuleParser.Parse(locale, type, isKnown: true, CldrPluralRuleData.RuleSets[index]));
            return set;
        }

        private static Dictionary<string, int> Table(PluralRuleType type)
        {
            if (type == PluralRuleType.Cardinal)
                return s_cardinal ??= ReadTable(CldrPluralRuleData.Cardinal);
            return s_ordinal ??= ReadTable(CldrPluralRuleData.Ordinal);
        }

        private static Dictionary<string, int> ReadTable(string table)
        {
            var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (string entry in table.Split(' '))
            {
                int colon = entry.IndexOf(':');
                map.Add(entry.Substring(0, colon), int.Parse(entry.Substring(colon + 1), CultureInfo.InvariantCulture));
            }

            return map;
        }
    }
}
