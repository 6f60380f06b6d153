namespace I18nToolkit.Grammar.Plurals
{
    /// <summary>Which CLDR rules choose the category: counting (<c>plural</c>) or ranking (<c>selectordinal</c>).</summary>
    internal enum PluralRuleType
    {
        Cardinal,
        Ordinal,
    }
}
