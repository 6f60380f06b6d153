using System;

namespace I18nToolkit.Cli.Logs.Expressions
{
    /// <summary>UTF-8 texts one of which a line that can match contains (compared ignoring ASCII case where levels are concerned).</summary>
    internal sealed class RequiredText
    {
        public RequiredText(byte[][] alternatives, bool ignoreCase)
        {
            Alternatives = alternatives;
            IgnoreCase = ignoreCase;
        }

        public byte[][] Alternatives { get; }

        public bool IgnoreCase { get; }

        /// <summary>Either this or <paramref name="other"/>.</summary>
        public RequiredText Or(RequiredText other)
        {
            var all = new byte[Alternatives.Length + other.Alternatives.Length][];
            Alternatives.CopyTo(all, 0);
            other.Alternatives.CopyTo(all, Alternatives.Length);
            return new RequiredText(all, IgnoreCase || other.IgnoreCase);
        }

        /// <summary>Whether the line holds one of the alternatives.</summary>
        public bool IsIn(ReadOnlySpan<byte> line)
        {
            foreach (byte[] text in Alternatives)
            {
                if (IgnoreCase ? IndexOfIgnoringAsciiCase(line, text) >= 0 : line.IndexOf(text) >= 0)
                    return true;
            }

            return false;
        }

        /// <summary>
        /// Where <paramref name="text"/> first occurs ignoring ASCII case. Searches for its first letter (in both cases,
        /// vectorized), not its first byte: that is a quote, found on every few bytes of a JSON line.
        /// </summary>
        private static int IndexOfIgnoringAsciiCase(ReadOnlySpan<byte> line, byte[] text)
        {
            if (text.Length == 0)
                return 0;
            int anchor = 0;
            while (anchor < text.Length - 1 && Lower(text[anchor]) == Upper(text[anchor]))
                anchor++;
            byte lower = Lower(text[anchor]), upper = Upper(text[anchor]);
            for (int at = anchor; at <= line.Length - text.Length + anchor;)
            {
                int found = line.Slice(at).IndexOfAny(lower, upper);
                if (found < 0)
                    return -1;
                int start = at + found - anchor;
                if (start + text.Length > line.Length)
                    return -1;
                int i = 0;
                while (i < text.Length && Lower(line[start + i]) == Lower(text[i]))
                    i++;
                if (i == text.Length)
                    return start;
                at += found + 1;
            }

            return -1;
        }

        private static byte Lower(byte b) => b >= 'A' && b <= 'Z' ? (byte)(b + 32) : b;

        private static byte Upper(byte b) => b >= 'a' && b <= 'z' ? (byte)(b - 32) : b;
    }
}
