using System;
using System.Collections.Generic;
using System.Linq;
using I18nToolkit.Grammar;
using I18nToolkit.Grammar.Choices;
using I18nToolkit.Grammar.Plurals;

namespace I18nToolkit.Cli.Translations
{
    /// <summary>
    /// A plain plural as whole sentences, one per category - the form gettext's <c>msgid_plural</c>/<c>msgstr[n]</c> and
    /// the plural groups of translate-toolkit's XLIFF take. A template is a plain plural when it has exactly one choice, a
    /// cardinal plural without offset or exact matches: <c>Moved {Count, plural, one {# file} other {# files}} to {Folder}</c>
    /// is "Moved # file to {Folder}" and "Moved # files to {Folder}" (text outside the plural goes into each form; <c>#</c>
    /// stays the number). Back from the forms, the plural is one choice around whole sentences.
    /// </summary>
    internal static class PluralForms
    {
        public static bool TrySplit(MessageTemplate template, out string argument, out Dictionary<PluralCategory, string> forms)
        {
            argument = string.Empty;
            forms = new Dictionary<PluralCategory, string>();
            if (!template.HasChoices || template.HoleArray.Count(h => h.Choice is not null) != 1)
                return false;
            TemplateSegment[] segments = template.Segments;
            int at = Array.FindIndex(segments, s => s.Choice is not null);
            if (at < 0)
                return false; // the plural is inside a select
            MessageChoice choice = segments[at].Choice!;
            if (choice.Kind != ChoiceKind.Plural || choice.Offset != 0 || choice.Branches.Any(b => b.Category is null))
                return false;
            string prefix = TemplateWriter.WriteBranch(segments.Take(at).ToArray());
            string suffix = TemplateWriter.WriteBranch(segments.Skip(at + 1).ToArray());
            foreach (ChoiceBranch branch in choice.Branches)
                forms[branch.Category!.Value] = prefix + TemplateWriter.WriteBranch(branch.Segments) + suffix;
            argument = segments[at].Hole!.Name;
            return true;
        }

        /// <summary>The forms of <paramref name="template"/> in the order of <paramref name="categories"/>, when it is a plain plural with exactly those.</summary>
        public static bool TrySplit(MessageTemplate template, IReadOnlyList<PluralCategory> categories, out string argument, out List<string> ordered)
        {
            ordered = new List<string>();
            if (!TrySplit(template, out argument, out Dictionary<PluralCategory, string> forms) || forms.Count != categories.Count)
                return false;
            foreach (PluralCategory category in categories)
            {
                if (!forms.TryGetValue(category, out string? form))
                    return false;
                ordered.Add(form);
            }

            return true;
        }

        /// <summary>One plural around whole sentences: <c>{Count, plural, one {...} few {...} other {...}}</c>.</summary>
        public static string Join(string argument, IReadOnlyList<PluralCategory> categories, IReadOnlyList<string> forms) =>
            "{" + argument + ", plural, " + string.Join(" ", categories.Select((c, i) => PluralCategories.Name(c) + " {" + forms[i] + "}")) + "}";
    }
}
