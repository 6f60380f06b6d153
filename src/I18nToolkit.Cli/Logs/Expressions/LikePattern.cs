using System;

namespace I18nToolkit.Cli.Logs.Expressions
{
    /// <summary>A <c>like</c> pattern: <c>%</c> any run of characters, <c>_</c> any one character, everything else itself.</summary>
    internal static class LikePattern
    {
        public static bool Matches(string text, string pattern, bool ignoreCase)
        {
            int t = 0, p = 0, starP = -1, starT = 0;
            while (t < text.Length)
            {
                if (p < pattern.Length && pattern[p] == '%')
                {
                    starP = ++p;
                    starT = t;
                    continue;
                }

                if (p < pattern.Length && (pattern[p] == '_' || Same(text[t], pattern[p], ignoreCase)))
                {
                    t++;
                    p++;
                    continue;
                }

                if (starP < 0)
                    return false;
                p = starP; // let the last % take one more character
                t = ++starT;
            }

            while (p < pattern.Length && pattern[p] == '%')
                p++;
            return p == pattern.Length;
        }

        /// <summary>The longest run of plain characters in the pattern: text it matches must contain it.</summary>
        public static string LongestLiteral(string pattern)
        {
            string best = string.Empty;
            foreach (string part in pattern.Split('%', '_'))
            {
                if (part.Length > best.Length)
                    best = part;
            }

            return best;
        }

        private static bool Same(char a, char b, bool ignoreCase) =>
            a == b || (ignoreCase && char.ToUpperInvariant(a) == char.ToUpperInvariant(b));
    }
}
