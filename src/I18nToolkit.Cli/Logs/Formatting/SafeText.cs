using System.Globalization;
using System.Text;

namespace I18nToolkit.Cli.Logs.Formatting
{
    /// <summary>
    /// Makes a value safe to print on one line of a terminal: line breaks, control characters (terminal escape
    /// sequences start with ESC), Unicode line separators, the bidirectional controls (embeddings, overrides, isolates,
    /// LRM, RLM, ALM), invisible format characters (U+200B, U+2060-2064, U+FEFF, U+180E, interlinear annotations, tag
    /// characters) and lone surrogates become visible escapes, so a crafted value can neither forge a log line, nor
    /// rewrite the screen, nor hide or reorder what is shown (log injection, "Trojan Source"). ZWJ and ZWNJ stay: scripts
    /// and emoji need them, and they hide nothing.
    /// </summary>
    internal static class SafeText
    {
        public static string Neutralize(string text)
        {
            int i = 0;
            while (i < text.Length && !NeedsEscape(text, i))
                i++;
            if (i == text.Length)
                return text;

            var safe = new StringBuilder(text.Length + 16).Append(text, 0, i);
            for (; i < text.Length; i++)
            {
                char c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    int codePoint = char.ConvertToUtf32(c, text[i + 1]);
                    if (IsTag(codePoint))
                        safe.Append("\\U").Append(codePoint.ToString("X8", CultureInfo.InvariantCulture));
                    else
                        safe.Append(c).Append(text[i + 1]);
                    i++;
                    continue;
                }

                if (!NeedsEscape(text, i))
                {
                    safe.Append(c);
                    continue;
                }

                safe.Append(c switch
                {
                    '\r' => "\\r",
                    '\n' => "\\n",
                    '\t' => "\\t",
                    '\u001B' => "\\e",
                    _ => c < 0x100 ? "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture) : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                });
            }

            return safe.ToString();
        }

        /// <summary>
        /// Input quoted in a message: neutralized, and cut to <paramref name="max"/> characters with the length said, so
        /// that a 50 MB ID or an escape sequence in a bad file cannot flood or rewrite the terminal that reports it.
        /// </summary>
        public static string Quote(string text, int max = 120)
        {
            string shown = text.Length > max ? text.Substring(0, char.IsHighSurrogate(text[max - 1]) ? max - 1 : max) : text;
            shown = Neutralize(shown);
            return text.Length > max ? shown + $"… ({text.Length:N0} characters)" : shown;
        }

        private static bool NeedsEscape(string text, int i)
        {
            char c = text[i];
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\u2028' || c == '\u2029')
                return true;
            if (char.IsSurrogate(c))
            {
                // A pair is looked at whole (tag characters are escaped); a lone half is not text.
                if (char.IsHighSurrogate(c))
                    return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]) || IsTag(char.ConvertToUtf32(c, text[i + 1]));
                return i == 0 || !char.IsHighSurrogate(text[i - 1]);
            }

            return c != '\u200C' && c != '\u200D' && c >= 0xAD && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
        }

        /// <summary>U+E0000-E007F: invisible copies of ASCII, a way to smuggle text past a reader.</summary>
        private static bool IsTag(int codePoint) => codePoint >= 0xE0000 && codePoint <= 0xE007F;
    }
}
