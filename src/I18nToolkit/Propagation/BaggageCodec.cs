using System;
using System.Collections.Generic;
using System.Text;

namespace I18nToolkit.Propagation
{
    /// <summary>
    /// The W3C Baggage header format (https://www.w3.org/TR/baggage/): <c>key=value;property,key2=value2</c>. Keys are
    /// tokens; values are percent-encoded UTF-8 wherever a character is not a baggage octet. Parsing never throws: a
    /// malformed member is skipped and described in <c>problems</c>, the others are kept.
    /// </summary>
    public static class BaggageCodec
    {
        /// <summary>The limits every implementation must be able to propagate: 64 members, 8,192 bytes.</summary>
        public const int MaxEntries = 64;

        /// <inheritdoc cref="MaxEntries"/>
        public const int MaxBytes = 8192;

        /// <summary>Reads the members of one or more <c>baggage</c> header values; later duplicates of a key win.</summary>
        public static List<BaggageEntry> Parse(IEnumerable<string> headerValues, List<string>? problems = null)
        {
            var entries = new List<BaggageEntry>();
            foreach (string header in headerValues)
            {
                if (header is not null)
                    ParseInto(header, entries, problems);
            }

            return entries;
        }

        /// <summary>
        /// Adds the members of one header value to <paramref name="entries"/>. One pass over the characters with a class
        /// table (no splitting, no second scan for validation): key, <c>=</c>, value, optional properties, <c>,</c>.
        /// </summary>
        internal static void ParseInto(string header, List<BaggageEntry> entries, List<string>? problems)
        {
            int n = header.Length;
            for (int i = 0; i < n;)
            {
                int member = i;
                i = SkipSpace(header, i);
                int keyStart = i;
                while (i < n && Is(header[i], TokenChar))
                    i++;
                int keyEnd = i;
                i = SkipSpace(header, i);
                if (keyStart == keyEnd && (i == n || header[i] == ','))
                {
                    i++; // an empty member: allowed, nothing to read
                    continue;
                }

                if (keyStart == keyEnd || i == n || header[i] != '=')
                {
                    i = SkipMember(header, i, member, problems, null);
                    continue;
                }

                i = SkipSpace(header, i + 1);
                int valueStart = i;
                bool escaped = false;
                for (char c; i < n && Is(c = header[i], BaggageOctet); i++)
                    escaped |= c == '%';
                int valueEnd = i;
                i = SkipSpace(header, i);
                string? properties = null;
                if (i < n && header[i] == ';')
                {
                    int p = i + 1, q = header.IndexOf(',', p);
                    i = q < 0 ? n : q;
                    q = i;
                    Trim(header, ref p, ref q);
                    properties = header.Substring(p, q - p);
                }

                string key = RecentStrings.Baggage.Get(header, keyStart, keyEnd - keyStart);
                if (i < n && header[i] != ',')
                {
                    i = SkipMember(header, i, member, problems, key);
                    continue;
                }

                i++;
                string value;
                if (!escaped)
                {
                    value = RecentStrings.Baggage.Get(header, valueStart, valueEnd - valueStart); // the common case: nothing to decode
                }
                else if (!TryDecode(header, valueStart, valueEnd, out value))
                {
                    problems?.Add(BadValue(key));
                    continue;
                }

                for (int j = entries.Count - 1; j >= 0; j--)
                {
                    if (entries[j].Key == key)
                        entries.RemoveAt(j);
                }

                entries.Add(new BaggageEntry(key, value, properties));
            }
        }

        /// <summary>Skips a malformed member (to the next comma: keys and values never hold one) and says what was wrong with it.</summary>
        private static int SkipMember(string header, int at, int member, List<string>? problems, string? key)
        {
            int comma = header.IndexOf(',', at);
            int end = comma < 0 ? header.Length : comma;
            if (problems is not null)
                problems.Add(key is null ? $"'{Shorten(header.Substring(member, end - member).Trim())}' is not key=value with a token key" : BadValue(key));
            return end + 1;
        }

        private static string BadValue(string key) => $"the value of '{key}' is not valid percent-encoded UTF-8 baggage text";

        private static int SkipSpace(string text, int i)
        {
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t'))
                i++;
            return i;
        }

        private static void Trim(string text, ref int start, ref int end)
        {
            while (start < end && (text[start] == ' ' || text[start] == '\t'))
                start++;
            while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t'))
                end--;
        }

        /// <summary>
        /// Writes members into one header value. Members beyond <paramref name="maxEntries"/>, or that would make the
        /// header longer than <paramref name="maxBytes"/>, are left out whole - in order, so the same input always keeps
        /// the same members - and listed in <paramref name="dropped"/>.
        /// </summary>
        public static string Format(IEnumerable<BaggageEntry> entries, List<string>? dropped = null, int maxEntries = MaxEntries, int maxBytes = MaxBytes)
        {
            var text = new StringBuilder();
            int count = 0;
            foreach (BaggageEntry entry in entries)
            {
                if (!IsToken(entry.Key))
                {
                    dropped?.Add(entry.Key + " (not a token)");
                    continue;
                }

                string value = Encode(entry.Value);
                bool hasProperties = !string.IsNullOrEmpty(entry.Properties);
                int length = text.Length + (text.Length > 0 ? 1 : 0) + entry.Key.Length + 1 + value.Length + (hasProperties ? 1 + entry.Properties!.Length : 0);
                if (count == maxEntries || length > maxBytes)
                {
                    dropped?.Add(entry.Key);
                    continue;
                }

                if (text.Length > 0)
                    text.Append(',');
                text.Append(entry.Key).Append('=').Append(value);
                if (hasProperties)
                    text.Append(';').Append(entry.Properties);
                count++;
            }

            return text.ToString();
        }

        /// <summary>RFC 7230 token: visible ASCII except separators.</summary>
        public static bool IsToken(string text) => text is not null && IsToken(text, 0, text.Length);

        private static bool IsToken(string text, int start, int end)
        {
            if (start >= end)
                return false;
            for (int i = start; i < end; i++)
            {
                if (!Is(text[i], TokenChar))
                    return false;
            }

            return true;
        }

        private const byte TokenChar = 1, BaggageOctet = 2;

        /// <summary>Character classes of ASCII: <see cref="TokenChar"/>, <see cref="BaggageOctet"/> (which includes <c>%</c>).</summary>
        private static readonly byte[] CharClasses = CreateCharClasses();

        private static bool IsBaggageOctet(char c) => c > 0x20 && c < 0x7F && c != '"' && c != ',' && c != ';' && c != '\\';

        private static bool Is(char c, byte characterClass) => c < 128 && (CharClasses[c] & characterClass) != 0;

        private static byte[] CreateCharClasses()
        {
            var table = new byte[128];
            for (char c = (char)0x21; c < 0x7F; c++)
            {
                if ("\"(),/:;<=>?@[\\]{}".IndexOf(c) < 0)
                    table[c] |= TokenChar;
                if (IsBaggageOctet(c))
                    table[c] |= BaggageOctet;
            }

            return table;
        }

        /// <summary>Percent-encodes what is not a baggage octet (and <c>%</c> itself), as UTF-8.</summary>
        public static string Encode(string value)
        {
            int i = 0;
            while (i < value.Length && IsBaggageOctet(value[i]) && value[i] != '%')
                i++;
            if (i == value.Length)
                return value; // the common case: nothing to encode
            var text = new StringBuilder(value.Length + 16);
            byte[] bytes = Encoding.UTF8.GetBytes(value);
            foreach (byte b in bytes)
            {
                if (b > 0x20 && b < 0x7F && b != '"' && b != ',' && b != ';' && b != '\\' && b != '%')
                    text.Append((char)b);
                else
                    text.Append('%').Append("0123456789ABCDEF"[b >> 4]).Append("0123456789ABCDEF"[b & 15]);
            }

            return text.ToString();
        }

        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

        private static bool TryDecode(string raw, int start, int end, out string value)
        {
            value = string.Empty;
            bool escaped = false;
            for (int i = start; i < end; i++)
            {
                char c = raw[i];
                if (c == '%')
                    escaped = true;
                else if (!IsBaggageOctet(c))
                    return false;
            }

            if (!escaped)
            {
                value = RecentStrings.Baggage.Get(raw, start, end - start); // the common case: nothing to decode
                return true;
            }

            var bytes = new byte[end - start];
            int n = 0;
            for (int i = start; i < end; i++)
            {
                if (raw[i] != '%')
                {
                    bytes[n++] = (byte)raw[i];
                    continue;
                }

                if (i + 2 >= end || Hex(raw[i + 1]) < 0 || Hex(raw[i + 2]) < 0)
                    return false;
                bytes[n++] = (byte)(Hex(raw[i + 1]) * 16 + Hex(raw[i + 2]));
                i += 2;
            }

            try
            {
                value = StrictUtf8.GetString(bytes, 0, n);
                return true;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }

        private static int Hex(char c) => c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

        private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "…";
    }
}
