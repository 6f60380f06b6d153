namespace I18nToolkit.Cli.Translations
{
    /// <summary>What is wrong with one entry of one culture file.</summary>
    internal enum TranslationIssue
    {
        /// <summary>A message in code with no translation (no entry, or an empty value).</summary>
        Missing,

        /// <summary>A translation made from an older English text.</summary>
        Stale,

        /// <summary>An entry whose ID is no longer in code.</summary>
        Obsolete,

        /// <summary>A translation whose holes differ from the English (or that does not parse): it would be skipped at run time.</summary>
        Holes,

        /// <summary>An entry under an earlier prefix (the assembly was renamed, or I18nPrefix set), which the next merge moves to the current one.</summary>
        Moved,

        /// <summary>
        /// A translation whose plurals or selects differ from the code's, or lack (or add) a CLDR category of the culture
        /// (Polish without <c>few</c>): it would be skipped at run time.
        /// </summary>
        Plurals,
    }
}
