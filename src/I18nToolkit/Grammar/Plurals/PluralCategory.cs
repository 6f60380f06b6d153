namespace I18nToolkit.Grammar.Plurals
{
    /// <summary>A CLDR plural category, in CLDR's order.</summary>
    internal enum PluralCategory
    {
        Zero,
        One,
        Two,
        Few,
        Many,
        Other,
    }
}
