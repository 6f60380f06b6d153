using System;
using System.Globalization;
using I18nToolkit.Grammar.Plurals;

namespace I18nToolkit.Grammar.Choices
{
    /// <summary>
    /// A plural, selectordinal or select argument (ICU MessageFormat): which argument it reads, its offset and its
    /// branches. Plural branches are chosen as ICU does: an exact <c>=N</c> match of the value first, then the CLDR
    /// category of the value less the offset, then <c>other</c>; select branches by the value's invariant text.
    /// </summary>
    internal sealed class MessageChoice
    {
        public MessageChoice(ChoiceKind kind, long offset, ChoiceBranch[] branches, int headerEnd)
        {
            Kind = kind;
            Offset = offset;
            Branches = branches;
            HeaderEnd = headerEnd;
            OtherIndex = Array.FindIndex(branches, b => b.Selector == "other");
            _hasExact = Array.Exists(branches, b => b.ExactValue is not null);
            _branchOfCategory = new ChoiceBranch[(int)PluralCategory.Other + 1];
            for (int c = 0; c < _branchOfCategory.Length; c++)
                _branchOfCategory[c] = Array.Find(branches, b => b.Category == (PluralCategory)c) ?? branches[OtherIndex];
        }

        private readonly bool _hasExact;

        // The branch each category takes (other's where the choice has none): one array read per render.
        private readonly ChoiceBranch[] _branchOfCategory;

        public ChoiceKind Kind { get; }

        /// <summary>The <c>offset:</c> of a plural: <c>#</c> and the category use the value less this.</summary>
        public long Offset { get; }

        public ChoiceBranch[] Branches { get; }

        /// <summary>Where the header (<c>{Count, plural, offset:1 </c>) ends in the parsed text: the first selector's position.</summary>
        public int HeaderEnd { get; }

        public int OtherIndex { get; }

        public bool IsPlural => Kind != ChoiceKind.Select;

        public PluralRuleType RuleType => Kind == ChoiceKind.SelectOrdinal ? PluralRuleType.Ordinal : PluralRuleType.Cardinal;

        public MessageChoice WithBranches(ChoiceBranch[] branches) => new MessageChoice(Kind, Offset, branches, HeaderEnd);

        /// <summary>The branch for a value, typed so integers are not boxed.</summary>
        public ChoiceBranch Select<T>(T value, PluralRuleSet rules)
        {
            if (Kind == ChoiceKind.Select)
                return SelectKeyword(value);
            // Counts are integers nearly always: no operands to build, the category from the rules' table.
            if (typeof(T) == typeof(int))
                return SelectInteger((int)(object)value!, rules);
            if (typeof(T) == typeof(long))
                return SelectInteger((long)(object)value!, rules);
            return value is int boxed ? SelectInteger(boxed, rules) : SelectPlural(PluralOperands.From(value), rules);
        }

        private ChoiceBranch SelectInteger(long value, PluralRuleSet rules)
        {
            if (_hasExact)
            {
                ChoiceBranch[] branches = Branches;
                for (int b = 0; b < branches.Length; b++)
                {
                    if (branches[b].ExactValue == value)
                        return branches[b];
                }
            }

            return _branchOfCategory[(int)rules.SelectInteger(value - Offset)];
        }

        public ChoiceBranch SelectPlural(in PluralOperands operands, PluralRuleSet rules)
        {
            ChoiceBranch[] branches = Branches;
            if (operands.IsNumber && operands.IsIntegral && operands.E == 0)
            {
                for (int b = 0; b < branches.Length; b++)
                {
                    if (branches[b].ExactValue == operands.I)
                        return branches[b];
                }
            }

            PluralOperands counted = Offset == 0 || !operands.IsNumber ? operands : Less(operands);
            return _branchOfCategory[(int)rules.Select(counted)];
        }

        private PluralOperands Less(in PluralOperands operands)
        {
            // Offsets apply to whole numbers in practice ("{Count, plural, offset:1 ...}" counts the others).
            if (operands.V == 0)
                return PluralOperands.FromInteger(operands.I - Offset);
            return operands;
        }

        private ChoiceBranch SelectKeyword<T>(T value)
        {
            string? text = value switch
            {
                null => null,
                string s => s,
                bool b => b ? "true" : "false",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
            ChoiceBranch[] branches = Branches;
            if (text is not null)
            {
                for (int b = 0; b < branches.Length; b++)
                {
                    if (b != OtherIndex && string.Equals(branches[b].Selector, text, StringComparison.Ordinal))
                        return branches[b];
                }
            }

            return branches[OtherIndex];
        }
    }
}
