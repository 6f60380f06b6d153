using System.Globalization;
using System.Text;

namespace I18nToolkit.Cli.Logs.Formatting
{
    /// <summary>
    /// Makes a value safe to print on one line of a terminal: line breaks, control characters (terminal escape
    /// sequences start with ESC), Unicode line separators and bidirectional overrides become visible escapes, so a
    /// crafted value can neither forge a log line nor rewrite the screen (log injection).
    /// </summary>
    internal static class SafeText
    {
        public static string Neutralize(string text)
        {
            int i = 0;
            while (i < text.Length && !NeedsEscape(text[i]))
                i++;
            if (i == text.Length)
                return text;

            var safe = new StringBuilder(text.Length + 16).Append(text, 0, i);
            for (; i < text.Length; i++)
            {
                char c = text[i];
                if (!NeedsEscape(c))
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

        private static bool NeedsEscape(char c) =>
            c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\u2028' || c == '\u2029'
            || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
