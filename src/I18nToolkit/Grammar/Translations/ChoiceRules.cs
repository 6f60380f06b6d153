using System.Collections.Generic;
using System.Linq;
using I18nToolkit.Grammar.Choices;
using I18nToolkit.Grammar.Plurals;

namespace I18nToolkit.Grammar.Translations
{
    /// <summary>
    /// What a template's plurals and selects must be: a translation chooses by the same arguments in the same way as
    /// the code (a plural stays a plural on the same argument), and each plural has exactly the CLDR categories of its
    /// culture - Polish needs <c>one</c>, <c>few</c>, <c>many</c> and <c>other</c>, German never uses <c>few</c>. Exact
    /// matches (<c>=0</c>) are allowed in any language. A culture CLDR does not know is held to the grammar only.
    /// </summary>
    internal static class ChoiceRules
    {
        /// <summary>How the translation's choices differ from the code's, or null.</summary>
        public static string? DescribeStructureDifference(MessageTemplate code, MessageTemplate translation)
        {
            if (!code.HasChoices && !translation.HasChoices)
                return null;
            List<string> expected = Heads(code), found = Heads(translation);
            var problems = new List<string>();
            foreach (string head in expected.Except(found))
                problems.Add($"the code chooses by {head} and this translation does not");
            foreach (string head in found.Except(expected))
                problems.Add($"this translation chooses by {head} and the code does not");
            return problems.Count == 0 ? null : string.Join("; ", problems);
        }

        /// <summary>
        /// Which CLDR categories each plural of <paramref name="template"/> lacks or has in vain for <paramref name="culture"/>,
        /// or null when all are right (or CLDR does not know the culture).
        /// </summary>
        public static string? DescribeCategoryProblems(MessageTemplate template, string culture)
        {
            if (!template.HasChoices)
                return null;
            var problems = new List<string>();
            foreach (MessageHole hole in template.HoleArray)
            {
                MessageChoice? choice = hole.Choice;
                if (choice is null || !choice.IsPlural)
                    continue;
                PluralRuleSet rules = PluralRules.For(culture, choice.RuleType);
                if (!rules.IsKnown)
                    continue;
                var used = new List<PluralCategory>();
                foreach (ChoiceBranch branch in choice.Branches)
                {
                    if (branch.Category is { } category)
                        used.Add(category);
                }

                var missing = rules.Categories.Where(c => !used.Contains(c)).ToList();
                var unused = used.Where(c => !rules.Uses(c)).ToList();
                if (missing.Count == 0 && unused.Count == 0)
                    continue;
                var parts = new List<string>();
                if (missing.Count > 0)
                    parts.Add("missing " + PluralCategories.List(missing));
                if (unused.Count > 0)
                    parts.Add("never used: " + PluralCategories.List(unused));
                problems.Add($"{Head(hole)} must have the {(choice.RuleType == PluralRuleType.Ordinal ? "ordinal" : "plural")} categories of {culture} " +
                    $"({PluralCategories.List(rules.Categories)}; exact matches such as =0 may be added): {string.Join("; ", parts)}");
            }

            return problems.Count == 0 ? null : string.Join("; ", problems);
        }

        private static List<string> Heads(MessageTemplate template)
        {
            var heads = new List<string>();
            foreach (MessageHole hole in template.HoleArray)
            {
                if (hole.Choice is not null && !heads.Contains(Head(hole)))
                    heads.Add(Head(hole));
            }

            return heads;
        }

        private static string Head(MessageHole hole) => ChoiceKinds.Head(hole.Name, hole.Choice!.Kind);
    }
}
