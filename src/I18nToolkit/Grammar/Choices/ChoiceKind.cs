namespace I18nToolkit.Grammar.Choices
{
    /// <summary>The ICU MessageFormat argument types that choose a branch.</summary>
    internal enum ChoiceKind
    {
        /// <summary><c>{Count, plural, one {...} other {...}}</c>: CLDR cardinal categories and exact values.</summary>
        Plural,

        /// <summary><c>{Place, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}</c>: CLDR ordinal categories.</summary>
        SelectOrdinal,

        /// <summary><c>{Gender, select, female {...} other {...}}</c>: the value's text against keywords.</summary>
        Select,
    }
}
