namespace I18nToolkit.Grammar.Translations
{
    /// <summary>Whether a translation value can be used for a message, and if not, why.</summary>
    internal enum TranslationVerdict
    {
        /// <summary>The value is a template with exactly the code's holes: the runtime renders it.</summary>
        Usable,

        /// <summary>The value is empty: the message is untranslated in this culture and the parent culture is tried.</summary>
        Empty,

        /// <summary>The value is not a well-formed template; it is skipped.</summary>
        Malformed,

        /// <summary>The value's holes differ from the code's; it is skipped.</summary>
        HolesDiffer,

        /// <summary>The value's plurals or selects differ from the code's, or lack (or add) a category of the culture; it is skipped.</summary>
        ChoicesDiffer,
    }
}
