using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using I18nToolkit.Grammar.Plurals;

namespace I18nToolkit.Cli.Po
{
    /// <summary>
    /// A culture's gettext <c>Plural-Forms</c> header made from its CLDR rules: one form per CLDR category, in CLDR's
    /// order (<c>msgstr[0]</c> is the first category, the last is <c>other</c>), and the expression CLDR's conditions
    /// give for whole numbers - gettext counts in integers, so <c>v</c>, <c>f</c>, <c>t</c>, <c>w</c> and <c>e</c> are 0.
    /// Polish has four forms this way (one, few, many and <c>other</c>, which CLDR keeps for fractions).
    /// </summary>
    internal static class GettextPluralForms
    {
        public static string For(PluralRuleSet rules)
        {
            IReadOnlyList<PluralCategory> categories = rules.Categories;
            if (categories.Count == 1)
                return "nplurals=1; plural=0;";
            var expression = new StringBuilder();
            int closing = 0;
            foreach ((PluralCategory category, PluralRelation[][] condition) in rules.Conditions)
            {
                string test = Condition(condition);
                if (test == "0")
                    continue;
                expression.Append(test).Append(" ? ").Append(IndexOf(categories, category)).Append(" : ");
                closing++;
            }

            expression.Append(categories.Count - 1);
            string text = closing == 0 ? expression.ToString() : "(" + expression + ")";
            return $"nplurals={categories.Count.ToString(CultureInfo.InvariantCulture)}; plural={text};";
        }

        private static int IndexOf(IReadOnlyList<PluralCategory> categories, PluralCategory category)
        {
            for (int i = 0; i < categories.Count; i++)
            {
                if (categories[i] == category)
                    return i;
            }

            return categories.Count - 1;
        }

        // Or-groups of and-ed relations; constant relations fold away ("v = 0" is true for integers).
        private static string Condition(PluralRelation[][] groups)
        {
            var alternatives = new List<string>();
            foreach (PluralRelation[] group in groups)
            {
                var terms = new List<string>();
                bool never = false;
                foreach (PluralRelation relation in group)
                {
                    string term = Relation(relation);
                    if (term == "0")
                        never = true;
                    else if (term != "1")
                        terms.Add(term);
                }

                if (never)
                    continue;
                if (terms.Count == 0)
                    return "1";
                alternatives.Add(terms.Count == 1 || groups.Length == 1 ? string.Join(" && ", terms) : "(" + string.Join(" && ", terms) + ")");
            }

            return alternatives.Count == 0 ? "0" : alternatives.Count == 1 ? alternatives[0] : "(" + string.Join(" || ", alternatives) + ")";
        }

        private static string Relation(PluralRelation relation)
        {
            IReadOnlyList<long> ranges = relation.Ranges;
            if (relation.Operand != 'n' && relation.Operand != 'i')
            {
                // v, w, f, t, c and e are 0 for whole numbers.
                long value = relation.Modulus == 0 ? 0 : 0 % relation.Modulus;
                bool inside = Enumerable.Range(0, ranges.Count / 2).Any(r => value >= ranges[2 * r] && value <= ranges[2 * r + 1]);
                return inside != relation.Negated ? "1" : "0";
            }

            string operand = relation.Modulus == 0 ? "n" : "n%" + relation.Modulus.ToString(CultureInfo.InvariantCulture);
            var tests = new List<string>();
            for (int r = 0; r < ranges.Count; r += 2)
            {
                string low = ranges[r].ToString(CultureInfo.InvariantCulture), high = ranges[r + 1].ToString(CultureInfo.InvariantCulture);
                tests.Add(ranges[r] == ranges[r + 1] ? operand + "==" + low : "(" + operand + ">=" + low + " && " + operand + "<=" + high + ")");
            }

            string any = tests.Count == 1 ? tests[0] : "(" + string.Join(" || ", tests) + ")";
            if (!relation.Negated)
                return any;
            if (tests.Count == 1 && ranges[0] == ranges[1])
                return operand + "!=" + ranges[0].ToString(CultureInfo.InvariantCulture);
            return "!" + (any.StartsWith("(", System.StringComparison.Ordinal) ? any : "(" + any + ")");
        }
    }
}
