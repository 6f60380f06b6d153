using System.Collections.Generic;

namespace I18nToolkit.Grammar.Plurals
{
    /// <summary>
    /// The plural rules of one language and type (cardinal or ordinal): its categories and the condition of each but
    /// <c>other</c>, tried in CLDR's order; immutable and shared.
    /// </summary>
    internal sealed class PluralRuleSet
    {
        private readonly PluralCategory[] _conditional;
        private readonly PluralRelation[][][] _conditions; // or-groups of and-ed relations, per conditional category

        internal PluralRuleSet(string locale, PluralRuleType type, bool isKnown, string text, PluralCategory[] categories,
            PluralCategory[] conditional, PluralRelation[][][] conditions)
        {
            Locale = locale;
            Type = type;
            IsKnown = isKnown;
            Text = text;
            Categories = categories;
            _conditional = conditional;
            _conditions = conditions;
        }

        /// <summary>The CLDR locale whose rules these are ("root" when the culture has none).</summary>
        public string Locale { get; }

        public PluralRuleType Type { get; }

        /// <summary>Whether CLDR has rules for the culture; a translation for an unknown culture is not held to categories.</summary>
        public bool IsKnown { get; }

        /// <summary>The rules as generated: "one: i = 1 and v = 0; other".</summary>
        public string Text { get; }

        /// <summary>Every category the language uses, <c>other</c> last.</summary>
        public IReadOnlyList<PluralCategory> Categories { get; }

        /// <summary>Each category but <c>other</c> with its condition: or-groups of relations that must all hold.</summary>
        public IEnumerable<(PluralCategory Category, PluralRelation[][] Condition)> Conditions
        {
            get
            {
                for (int c = 0; c < _conditional.Length; c++)
                    yield return (_conditional[c], _conditions[c]);
            }
        }

        public bool Uses(PluralCategory category) => System.Array.IndexOf((PluralCategory[])Categories, category) >= 0;

        // The category of each whole number below this, computed once: counts are small, and a table read is a fraction
        // of evaluating Polish's relations (a modulus each).
        private const int Tabled = 1000;
        private byte[]? _small;

        /// <summary>The category of a whole number (cardinal or ordinal), from a table for the common small ones.</summary>
        public PluralCategory SelectInteger(long value)
        {
            long magnitude = value < 0 ? -value : value;
            if (magnitude >= 0 && magnitude < Tabled)
                return (PluralCategory)(_small ??= BuildTable())[magnitude];
            return Select(PluralOperands.FromInteger(value));
        }

        private byte[] BuildTable()
        {
            var table = new byte[Tabled];
            for (int n = 0; n < Tabled; n++)
                table[n] = (byte)Select(PluralOperands.FromInteger(n));
            return table;
        }

        public PluralCategory Select(in PluralOperands operands)
        {
            if (!operands.IsNumber)
                return PluralCategory.Other;
            for (int c = 0; c < _conditions.Length; c++)
            {
                PluralRelation[][] groups = _conditions[c];
                for (int g = 0; g < groups.Length; g++)
                {
                    PluralRelation[] relations = groups[g];
                    int r = 0;
                    while (r < relations.Length && relations[r].IsTrue(operands))
                        r++;
                    if (r == relations.Length)
                        return _conditional[c];
                }
            }

            return PluralCategory.Other;
        }

        /// <inheritdoc />
        public override string ToString() => Locale + " (" + Type + "): " + Text;
    }
}
