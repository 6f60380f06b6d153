using System;

namespace I18nToolkit.Cli.Logs.Expressions
{
    /// <summary>A <c>like</c> pattern: <c>%</c> any run of characters, <c>_</c> any one character, <c>%%</c> and <c>__</c> themselves, everything else itself.</summary>
    internal static class LikePattern
    {
        /// <summary>
        /// The longest run of plain characters in the pattern (Serilog.Expressions': <c>%%</c> is a literal <c>%</c>,
        /// <c>__</c> a literal <c>_</c>): text the pattern matches must contain it.
        /// </summary>
        public static string LongestLiteral(string pattern)
        {
            string best = string.Empty;
            var run = new System.Text.StringBuilder();
            for (int i = 0; i < pattern.Length; i++)
            {
                char c = pattern[i];
                if ((c == '%' || c == '_') && i + 1 < pattern.Length && pattern[i + 1] == c)
                {
                    run.Append(c); // escaped
                    i++;
                    continue;
                }

                if (c == '%' || c == '_')
                {
                    if (run.Length > best.Length)
                        best = run.ToString();
                    run.Clear();
                    continue;
                }

                run.Append(c);
            }

            return run.Length > best.Length ? run.ToString() : best;
        }
    }
}
