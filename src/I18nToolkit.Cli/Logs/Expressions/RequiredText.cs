using System;
using System.Text;

namespace I18nToolkit.Cli.Logs.Expressions
{
    /// <summary>
    /// What a line that can match holds, one of: texts found as written (a property's JSON string), or a level among
    /// <see cref="Levels"/> in the line's level field (<c>@l</c>, or MEL's <c>LogLevel</c>), compared ignoring case
    /// as the reader reads levels.
    /// </summary>
    internal sealed class RequiredText
    {
        private static readonly byte[][] LevelKeys = { Encoding.UTF8.GetBytes("\"@l\""), Encoding.UTF8.GetBytes("\"LogLevel\"") };

        public RequiredText(byte[][] alternatives, string[]? levels = null)
        {
            Alternatives = alternatives;
            Levels = levels ?? Array.Empty<string>();
        }

        /// <summary>Texts one of which the line contains.</summary>
        public byte[][] Alternatives { get; }

        /// <summary>Level spellings (<c>Warning</c>, <c>Warn</c>) one of which the line's level field may hold instead.</summary>
        public string[] Levels { get; }

        public static RequiredText ForLevels(string[] spellings) => new RequiredText(Array.Empty<byte[]>(), spellings);

        /// <summary>Either this or <paramref name="other"/>.</summary>
        public RequiredText Or(RequiredText other)
        {
            var texts = new byte[Alternatives.Length + other.Alternatives.Length][];
            Alternatives.CopyTo(texts, 0);
            other.Alternatives.CopyTo(texts, Alternatives.Length);
            var levels = new string[Levels.Length + other.Levels.Length];
            Levels.CopyTo(levels, 0);
            other.Levels.CopyTo(levels, Levels.Length);
            return new RequiredText(texts, levels);
        }

        /// <summary>Whether the line may hold what is required (true where it cannot tell cheaply).</summary>
        public bool IsIn(ReadOnlySpan<byte> line)
        {
            foreach (byte[] text in Alternatives)
            {
                if (line.IndexOf(text) >= 0)
                    return true;
            }

            return Levels.Length > 0 && LevelIn(line);
        }

        /// <summary>
        /// Reads the value of the line's level field, found by its key (a vectorized search, not a scan of every letter),
        /// and compares it ignoring ASCII case. Where the key occurs twice (a nested object may have one) or the value is
        /// escaped, it cannot tell, and says yes: the reader decides.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        internal bool LevelIn(ReadOnlySpan<byte> line)
        {
            foreach (byte[] key in LevelKeys)
            {
                int at = line.IndexOf(key);
                if (at < 0)
                    continue;
                ReadOnlySpan<byte> rest = line.Slice(at + key.Length);
                if (rest.IndexOf(key) >= 0)
                    return true;
                int i = Skip(rest, 0);
                if (i >= rest.Length || rest[i] != ':')
                    return true;
                i = Skip(rest, i + 1);
                if (i >= rest.Length || rest[i] != '"')
                    return true;
                int end = rest.Slice(i + 1).IndexOf((byte)'"');
                if (end < 0)
                    return true;
                ReadOnlySpan<byte> value = rest.Slice(i + 1, end);
                if (value.IndexOf((byte)'\\') >= 0)
                    return true;
                foreach (string level in Levels)
                {
                    if (EqualsIgnoringAsciiCase(value, level))
                        return true;
                }

                return false;
            }

            return false; // no level field: Information, which is never required
        }

        private static int Skip(ReadOnlySpan<byte> text, int i)
        {
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t'))
                i++;
            return i;
        }

        private static bool EqualsIgnoringAsciiCase(ReadOnlySpan<byte> value, string level)
        {
            if (value.Length != level.Length)
                return false;
            for (int i = 0; i < value.Length; i++)
            {
                if (Lower(value[i]) != Lower((byte)level[i]))
                    return false;
            }

            return true;
        }

        private static byte Lower(byte b) => b >= 'A' && b <= 'Z' ? (byte)(b + 32) : b;
    }
}
