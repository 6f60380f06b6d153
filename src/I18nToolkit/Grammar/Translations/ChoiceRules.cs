using System.Collections.Generic;
using System.Linq;
using I18nToolkit.Grammar.Choices;
using I18nToolkit.Grammar.Plurals;

namespace I18nToolkit.Grammar.Translations
{
    /// <summary>
    /// What a template's plurals and selects must be: a translation chooses by the code's arguments in the code's way (a
    /// plural stays a plural on the same argument; a plural may be added), and each plural has exactly the CLDR categories of its
    /// culture - Polish needs <c>one</c>, <c>few</c>, <c>many</c> and <c>other</c>, German never uses <c>few</c>. Exact
    /// matches (<c>=0</c>) are allowed in any language. A culture CLDR does not know is held to the grammar only.
    /// </summary>
    internal static class ChoiceRules
    {
        /// <summary>
        /// How the translation's choices differ from the code's, or null. Every plural and select of the code must stay,
        /// on its argument and of its kind; a translation may add a plural (or selectordinal) on an argument the code
        /// shows plainly - Polish needs "1 rekord, 2 rekordy, 5 rekordów" where English writes "{Records} records" - but no
        /// select (its keywords are values only the code knows) and no second way of choosing by one argument.
        /// </summary>
        public static string? DescribeStructureDifference(MessageTemplate code, MessageTemplate translation)
        {
            if (!code.HasChoices && !translation.HasChoices)
                return null;
            List<(string Name, ChoiceKind Kind)> expected = Choices(code), found = Choices(translation);
            var problems = new List<string>();
            foreach (var choice in expected.Except(found))
                problems.Add($"the code chooses by {ChoiceKinds.Head(choice.Name, choice.Kind)} and this translation does not");
            foreach (var choice in found.Except(expected))
            {
                bool otherwise = expected.Any(c => c.Name == choice.Name);
                if (choice.Kind == ChoiceKind.Select || otherwise)
                    problems.Add($"this translation chooses by {ChoiceKinds.Head(choice.Name, choice.Kind)} and the code does not" +
                        (otherwise ? string.Empty : " (a translation may add a plural, not a select)"));
            }

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

        private static List<(string Name, ChoiceKind Kind)> Choices(MessageTemplate template)
        {
            var choices = new List<(string, ChoiceKind)>();
            foreach (MessageHole hole in template.HoleArray)
            {
                if (hole.Choice is not null && !choices.Contains((hole.Name, hole.Choice.Kind)))
                    choices.Add((hole.Name, hole.Choice.Kind));
            }

            return choices;
        }

        private static string Head(MessageHole hole) => ChoiceKinds.Head(hole.Name, hole.Choice!.Kind);
    }
}
