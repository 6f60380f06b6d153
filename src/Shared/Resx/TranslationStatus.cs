

namespace I18nToolkit.Resx
{
    /// <summary>Where one message stands in one culture file, as the next build and the runtime will see it.</summary>
    internal enum TranslationStatus
    {
        /// <summary>No entry, or an empty value: the runtime falls back to the parent culture or the English text.</summary>
        Missing,

        /// <summary>A usable translation made from the current English text.</summary>
        Translated,

        /// <summary>A usable translation made from an older English text (still used; a translator should check it).</summary>
        Stale,

        /// <summary>A value that does not parse or whose holes differ from the code's: never used.</summary>
        Unusable,
    }
}
