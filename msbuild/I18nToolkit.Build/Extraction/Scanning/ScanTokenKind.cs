namespace I18nToolkit.Build.Extraction.Scanning
{
    /// <summary>The token classes the message scanner tells apart; everything else is <see cref="Other"/>.</summary>
    internal enum ScanTokenKind : byte
    {
        /// <summary>An identifier or keyword (<c>@</c> prefix allowed).</summary>
        Identifier,

        /// <summary>One punctuation character; <c>?.</c>, <c>::</c> and <c>=&gt;</c> are two tokens each.</summary>
        Punctuation,

        /// <summary>A regular, verbatim or raw string literal that is not interpolated and has no <c>u8</c> suffix.</summary>
        String,

        /// <summary>An opening brace of an interpolation hole; its closing brace is a <see cref="Punctuation"/> <c>}</c>.</summary>
        HoleStart,

        /// <summary>Numbers, characters, interpolated and UTF-8 strings.</summary>
        Other,
    }
}
