using System;

namespace I18nToolkit.Propagation
{
    /// <summary>
    /// A small direct-mapped cache of strings read from headers. Baggage keys, and many values (the application, the
    /// tenant, the environment), repeat request after request, so a hit saves an allocation - Kestrel reuses header
    /// value strings for the same reason. Bounded (a fixed number of slots; a new string takes over its slot) and
    /// lock-free (a race costs a miss, never a wrong string: a slot only ever holds a whole, immutable string).
    /// </summary>
    internal sealed class RecentStrings
    {
        private readonly string?[] _slots;
        private readonly int _maxLength;

        /// <param name="slots">A power of two.</param>
        /// <param name="maxLength">Longer texts are not cached (long values are rarely repeated, and costly to compare).</param>
        public RecentStrings(int slots, int maxLength)
        {
            _slots = new string?[slots];
            _maxLength = maxLength;
        }

        /// <summary>Shared by the baggage parser: 256 slots of texts up to 64 characters, about 40 KB at most.</summary>
        public static RecentStrings Baggage { get; } = new RecentStrings(256, 64);

        /// <summary><c>text.Substring(start, length)</c>, the same string instance as last time when it was seen before.</summary>
        public string Get(string text, int start, int length)
        {
            if (length == 0)
                return string.Empty;
            if (length > _maxLength)
                return text.Substring(start, length);

            // Length and three characters spread the usual keys and values well enough; a collision only costs a miss.
            uint hash = (uint)length * 0x9E3779B1u ^ text[start] * 31u ^ (uint)text[start + length - 1] * 131u ^ (uint)text[start + (length >> 1)] * 2053u;
            int slot = (int)((hash ^ (hash >> 15)) & (uint)(_slots.Length - 1));
            string? cached = _slots[slot];
            if (cached is not null && cached.Length == length && Equal(cached, text, start))
                return cached;
            string created = text.Substring(start, length);
            _slots[slot] = created;
            return created;
        }

        private static bool Equal(string cached, string text, int start) =>
#if NET8_0_OR_GREATER
            cached.AsSpan().SequenceEqual(text.AsSpan(start, cached.Length));
#else
            string.CompareOrdinal(cached, 0, text, start, cached.Length) == 0;
#endif
    }
}
