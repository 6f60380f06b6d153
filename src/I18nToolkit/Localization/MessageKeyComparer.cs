using System;
using System.Collections.Generic;

namespace I18nToolkit.Localization
{
    /// <summary>
    /// Compares message texts for the message cache. Hashing the whole text on every log call would cost more than
    /// the rest of the lookup, so the hash reads the length and the start (where the ID is); equality is ordinal and
    /// short-circuits on the reference, which is what a string literal passed again always is.
    /// </summary>
    internal sealed class MessageKeyComparer : IEqualityComparer<string>
    {
        private const int HashedPrefix = 16;

        public static MessageKeyComparer Instance { get; } = new MessageKeyComparer();

        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        public int GetHashCode(string text)
        {
            unchecked
            {
                int hash = text.Length;
                int end = Math.Min(text.Length, HashedPrefix);
                for (int i = 0; i < end; i++)
                    hash = (hash * 31) + text[i];
                if (text.Length > HashedPrefix)
                    hash = (hash * 31) + text[text.Length - 1];
                return hash;
            }
        }
    }
}
