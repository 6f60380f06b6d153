using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using I18nToolkit.Grammar.Plurals;

namespace I18nToolkit.Tests.Grammar.Plurals
{
    /// <summary>
    /// The CLDR data the rules were generated from (tools/cldr/data, copied there by the generator), read as CLDR
    /// writes it: each rule with its <c>@integer</c> and <c>@decimal</c> samples.
    /// </summary>
    internal static class CldrSamples
    {
        public static string DataDirectory
        {
            get
            {
                for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                {
                    string candidate = Path.Combine(dir.FullName, "tools", "cldr", "data");
                    if (File.Exists(Path.Combine(candidate, "plurals.json")))
                        return candidate;
                }

                throw new DirectoryNotFoundException("tools/cldr/data not found above " + AppContext.BaseDirectory);
            }
        }

        /// <summary>locale -> category -> (condition, samples) for one type.</summary>
        public static Dictionary<string, Dictionary<string, (string Condition, string Samples)>> Read(PluralRuleType type)
        {
            string file = type == PluralRuleType.Cardinal ? "plurals.json" : "ordinals.json";
            string key = type == PluralRuleType.Cardinal ? "plurals-type-cardinal" : "plurals-type-ordinal";
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataDirectory, file)));
            var result = new Dictionary<string, Dictionary<string, (string, string)>>();
            foreach (JsonProperty locale in json.RootElement.GetProperty("supplemental").GetProperty(key).EnumerateObject())
            {
                var rules = new Dictionary<string, (string, string)>();
                foreach (JsonProperty rule in locale.Value.EnumerateObject())
                {
                    string text = rule.Value.GetString()!;
                    int at = text.IndexOf('@');
                    rules[rule.Name.Substring("pluralRule-count-".Length)] = at < 0 ? (text.Trim(), "") : (text.Substring(0, at).Trim(), text.Substring(at));
                }

                result[locale.Name] = rules;
            }

            return result;
        }

        public static string CldrVersion()
        {
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataDirectory, "plurals.json")));
            return json.RootElement.GetProperty("supplemental").GetProperty("version").GetProperty("_cldrVersion").GetString()!;
        }

        /// <summary>
        /// Every number a sample list names: "@integer 0, 2~16, 100, … @decimal 0.0~1.5, 1c6": ranges step by the
        /// last digit of their start (0.0~1.5 is 0.0, 0.1 ... 1.5), "…" is dropped.
        /// </summary>
        public static IEnumerable<string> Expand(string samples)
        {
            foreach (string list in samples.Split('@', StringSplitOptions.RemoveEmptyEntries))
            {
                string body = list.Substring(list.IndexOf(' ') + 1);
                foreach (string raw in body.Split(','))
                {
                    string item = raw.Trim();
                    if (item.Length == 0 || item == "…")
                        continue;
                    int tilde = item.IndexOf('~');
                    if (tilde < 0)
                    {
                        yield return item;
                        continue;
                    }

                    string from = item.Substring(0, tilde), to = item.Substring(tilde + 1);
                    int decimals = from.Contains('.') ? from.Length - from.IndexOf('.') - 1 : 0;
                    decimal step = decimals == 0 ? 1 : (decimal)Math.Pow(10, -decimals);
                    decimal start = decimal.Parse(from, System.Globalization.CultureInfo.InvariantCulture);
                    decimal end = decimal.Parse(to, System.Globalization.CultureInfo.InvariantCulture);
                    for (decimal value = start; value <= end; value += step)
                        yield return value.ToString("F" + decimals, System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }
    }
}
