using System;
using System.Collections.Generic;
using System.Text;

namespace I18nToolkit.Propagation
{
    /// <summary>
    /// The W3C Baggage header format (https://www.w3.org/TR/baggage/): <c>key=value;property;key2=value2,key3=value3</c>.
    /// Keys are tokens; values and property values are percent-encoded UTF-8. Parsing never throws and takes time
    /// linear in the header: a malformed member is skipped and described in <c>problems</c>, the others are kept.
    /// </summary>
    /// <remarks>
    /// Read as the spec and its reference implementation (w3c/baggage <c>test/baggage/baggage.py</c>) read it:
    /// whitespace around keys, values, <c>=</c>, <c>;</c> and <c>,</c> is trimmed; a value may hold <c>=</c>; an empty
    /// value is a value; properties are kept (their values decoded and written again encoded); percent-encoded octets
    /// that are not UTF-8 decode to U+FFFD, as the spec requires; a <c>%</c> not followed by two hex digits stands for
    /// itself. Written as the reference writes: every character but <c>A-Z a-z 0-9 - . _ ~ /</c> percent-encoded, so a
    /// header's length in characters is its length in bytes.
    /// </remarks>
    internal static class BaggageCodec
    {
        /// <summary>The limits every implementation must be able to propagate: 64 members, 8,192 bytes.</summary>
        public const int MaxEntries = 64;

        /// <inheritdoc cref="MaxEntries"/>
        public const int MaxBytes = 8192;

        /// <summary>
        /// Reads the members of one or more <c>baggage</c> header values; later duplicates of a key win. At most
        /// <paramref name="maxEntries"/> members and <paramref name="maxBytes"/> bytes of header are read (the W3C limits
        /// by default); members beyond them are left out whole and described in <paramref name="problems"/>.
        /// </summary>
        public static List<BaggageEntry> Parse(IEnumerable<string> headerValues, List<string>? problems = null, int maxEntries = MaxEntries, int maxBytes = MaxBytes)
        {
            if (headerValues is null)
                throw new ArgumentNullException(nameof(headerValues));
            var entries = new List<BaggageEntry>();
            int budget = maxBytes;
            foreach (string header in headerValues)
            {
                if (header is not null)
                    ParseInto(header, entries, problems, ref budget);
            }

            Deduplicate(entries);
            Cap(entries, maxEntries, problems);
            return entries;
        }

        /// <summary>
        /// Appends the members of one header value to <paramref name="entries"/> (duplicates included: see
        /// <see cref="Deduplicate"/>). One pass over the characters with a class table: key, <c>=</c>, value, properties,
        /// <c>,</c>. <paramref name="budget"/> is the number of header bytes still to be read, over all header values;
        /// a member that ends beyond it is not read, nor is anything after it.
        /// </summary>
        internal static void ParseInto(string header, List<BaggageEntry> entries, List<string>? problems, ref int budget)
        {
            int n = header.Length;
            if (budget <= 0)
            {
                if (n > 0)
                    problems?.Add($"{n} byte(s) of baggage beyond the limit of the bytes read were left out");
                return;
            }

            int start = 0;
            for (int i = 0; i < n;)
            {
                int member = i;
                if (i - start >= budget)
                {
                    problems?.Add($"{n - i} byte(s) of baggage beyond the limit of the bytes read were left out");
                    budget = 0;
                    return;
                }

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
                    i = SkipMember(header, i, member, problems, null, "is not key=value with a token key");
                    continue;
                }

                i = SkipSpace(header, i + 1);
                int valueStart = i;
                while (i < n && Is(header[i], BaggageOctet))
                    i++;
                int valueEnd = i;
                i = SkipSpace(header, i);
                string? properties = null;
                if (i < n && header[i] == ';')
                {
                    int end = ReadProperties(header, i, out properties);
                    if (properties is null)
                    {
                        i = SkipMember(header, end, member, problems, header.Substring(keyStart, keyEnd - keyStart), "has a property that is not key or key=value with a token key");
                        continue;
                    }

                    i = end;
                }

                if (i < n && header[i] != ',')
                {
                    i = SkipMember(header, i, member, problems, header.Substring(keyStart, keyEnd - keyStart), "is not percent-encoded baggage text");
                    continue;
                }

                int memberEnd = i;
                if (memberEnd - start > budget)
                {
                    problems?.Add($"{n - member} byte(s) of baggage beyond the limit of the bytes read were left out");
                    budget = 0;
                    return;
                }

                i++;
                string key = RecentStrings.Baggage.Get(header, keyStart, keyEnd - keyStart);
                entries.Add(new BaggageEntry(key, Decode(header, valueStart, valueEnd), properties));
            }

            budget -= n + 1; // the comma that joins it to the next header value
        }

        /// <summary>
        /// Reads <c>*( OWS ";" OWS property )</c> from the <c>;</c> at <paramref name="at"/>; returns where it stopped.
        /// <paramref name="properties"/> is their normal form (trimmed, values encoded as <see cref="Encode"/> does), or
        /// null when one is malformed.
        /// </summary>
        private static int ReadProperties(string text, int at, out string? properties)
        {
            var normal = new StringBuilder();
            int end = ScanProperties(text, at, (key, value) =>
            {
                if (normal.Length > 0)
                    normal.Append(';');
                normal.Append(key);
                if (value is not null)
                    normal.Append('=').Append(Encode(value));
            });
            properties = end < 0 ? null : normal.ToString();
            return end < 0 ? ~end : end;
        }

        /// <summary>
        /// The properties as key and decoded value (null for a property without <c>=</c>), in order; null when
        /// <paramref name="properties"/> is not a valid property list.
        /// </summary>
        internal static List<KeyValuePair<string, string?>>? ReadProperties(string properties)
        {
            var list = new List<KeyValuePair<string, string?>>();
            string text = ";" + properties;
            int end = ScanProperties(text, 0, (key, value) => list.Add(new KeyValuePair<string, string?>(key, value)));
            return end == text.Length ? list : null;
        }

        /// <summary>
        /// The one reading of properties: from the <c>;</c> at <paramref name="at"/>, each key and decoded value (null
        /// without <c>=</c>) to <paramref name="onProperty"/>; returns where it stopped, or its complement (<c>~i</c>,
        /// negative) where a property has no token key.
        /// </summary>
        private static int ScanProperties(string text, int at, Action<string, string?> onProperty)
        {
            int n = text.Length, i = at;
            while (i < n && text[i] == ';')
            {
                i = SkipSpace(text, i + 1);
                int keyStart = i;
                while (i < n && Is(text[i], TokenChar))
                    i++;
                int keyEnd = i;
                i = SkipSpace(text, i);
                if (keyStart == keyEnd)
                    return ~i;
                string? value = null;
                if (i < n && text[i] == '=')
                {
                    i = SkipSpace(text, i + 1);
                    int valueStart = i;
                    while (i < n && Is(text[i], BaggageOctet))
                        i++;
                    value = Decode(text, valueStart, i);
                    i = SkipSpace(text, i);
                }

                onProperty(text.Substring(keyStart, keyEnd - keyStart), value);
            }

            return i;
        }

        /// <summary>The normal form of a property list (as the parser keeps it), or null when it is not a valid one.</summary>
        internal static string? NormalizeProperties(string properties)
        {
            string text = ";" + properties;
            int end = ReadProperties(text, 0, out string? normal);
            return end == text.Length ? normal : null;
        }

        /// <summary>Keeps the last member of each key, at its place (later duplicates win). Linear: one set, one compaction.</summary>
        internal static void Deduplicate(List<BaggageEntry> entries)
        {
            if (entries.Count < 2)
                return;
            if (entries.Count <= 8)
            {
                for (int i = entries.Count - 1; i > 0; i--)
                {
                    for (int j = i - 1; j >= 0; j--)
                    {
                        if (entries[j].Key == entries[i].Key)
                        {
                            entries.RemoveAt(j);
                            i--;
                        }
                    }
                }

                return;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var keep = new bool[entries.Count];
            for (int i = entries.Count - 1; i >= 0; i--)
                keep[i] = seen.Add(entries[i].Key);
            int kept = 0;
            for (int i = 0; i < entries.Count; i++)
            {
                if (keep[i])
                    entries[kept++] = entries[i];
            }

            entries.RemoveRange(kept, entries.Count - kept);
        }

        /// <summary>Leaves out the members beyond <paramref name="maxEntries"/>, the last ones.</summary>
        internal static void Cap(List<BaggageEntry> entries, int maxEntries, List<string>? problems)
        {
            if (entries.Count <= maxEntries)
                return;
            problems?.Add($"{entries.Count - maxEntries} member(s) beyond the limit of {maxEntries} were left out, from '{Shorten(entries[maxEntries].Key)}' on");
            entries.RemoveRange(maxEntries, entries.Count - maxEntries);
        }

        /// <summary>Skips a malformed member (to the next comma: keys and values never hold one) and says what was wrong with it.</summary>
        private static int SkipMember(string header, int at, int member, List<string>? problems, string? key, string what)
        {
            int comma = header.IndexOf(',', at);
            int end = comma < 0 ? header.Length : comma;
            problems?.Add(key is null
                ? $"'{Shorten(header.Substring(member, end - member).Trim())}' (at character {member + 1}) {what}"
                : $"the member '{Shorten(key)}' (at character {member + 1}) {what}");
            return end + 1;
        }

        private static int SkipSpace(string text, int i)
        {
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t'))
                i++;
            return i;
        }

        /// <summary>
        /// Writes members into one header value. Members beyond <paramref name="maxEntries"/>, or that would make the
        /// header longer than <paramref name="maxBytes"/> bytes, are left out whole - in order, so the same input always
        /// keeps the same members - and listed in <paramref name="dropped"/>, as are members whose key is not a token or
        /// whose properties are not a valid property list.
        /// </summary>
        public static string Format(IEnumerable<BaggageEntry> entries, List<string>? dropped = null, int maxEntries = MaxEntries, int maxBytes = MaxBytes)
        {
            if (entries is null)
                throw new ArgumentNullException(nameof(entries));
            var text = new StringBuilder();
            int count = 0;
            foreach (BaggageEntry entry in entries)
                Append(text, entry, ref count, dropped, maxEntries, maxBytes);
            return text.ToString();
        }

        /// <summary>Appends one member to a header being written, within the limits (see <see cref="Format"/>).</summary>
        internal static void Append(StringBuilder text, BaggageEntry entry, ref int count, List<string>? dropped, int maxEntries, int maxBytes)
        {
            if (!IsToken(entry.Key))
            {
                dropped?.Add(Shorten(entry.Key ?? "(null)") + " (not a token)");
                return;
            }

            string? properties = entry.Properties;
            if (!string.IsNullOrEmpty(properties) && (properties = NormalizeProperties(properties!)) is null)
            {
                dropped?.Add(entry.Key + " (properties not valid)");
                return;
            }

            string value = Encode(entry.Value ?? string.Empty);
            int length = text.Length + (text.Length > 0 ? 1 : 0) + entry.Key.Length + 1 + value.Length + (string.IsNullOrEmpty(properties) ? 0 : 1 + properties!.Length);
            if (count >= maxEntries || length > maxBytes)
            {
                dropped?.Add(entry.Key);
                return;
            }

            if (text.Length > 0)
                text.Append(',');
            text.Append(entry.Key).Append('=').Append(value);
            if (!string.IsNullOrEmpty(properties))
                text.Append(';').Append(properties);
            count++;
        }

        /// <summary>RFC 7230 token: visible ASCII except separators.</summary>
        public static bool IsToken(string text)
        {
            if (string.IsNullOrEmpty(text))
                return false;
            foreach (char c in text)
            {
                if (!Is(c, TokenChar))
                    return false;
            }

            return true;
        }

        private const byte TokenChar = 1, BaggageOctet = 2, Unreserved = 4;

        /// <summary>Character classes of ASCII: <see cref="TokenChar"/>, <see cref="BaggageOctet"/> (which includes <c>%</c>), <see cref="Unreserved"/>.</summary>
        private static readonly byte[] CharClasses = CreateCharClasses();

        private static bool Is(char c, byte characterClass) => c < 128 && (CharClasses[c] & characterClass) != 0;

        private static byte[] CreateCharClasses()
        {
            var table = new byte[128];
            for (char c = (char)0x21; c < 0x7F; c++)
            {
                if ("\"(),/:;<=>?@[\\]{}".IndexOf(c) < 0)
                    table[c] |= TokenChar;
                if (c != '"' && c != ',' && c != ';' && c != '\\')
                    table[c] |= BaggageOctet;
                if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~/".IndexOf(c) >= 0)
                    table[c] |= Unreserved;
            }

            return table;
        }

        /// <summary>Percent-encodes, as UTF-8, every character but <c>A-Z a-z 0-9 - . _ ~ /</c> (what the W3C reference writes).</summary>
        public static string Encode(string value)
        {
            if (value is null)
                throw new ArgumentNullException(nameof(value));
            int i = 0;
            while (i < value.Length && Is(value[i], Unreserved))
                i++;
            if (i == value.Length)
                return value; // the common case: nothing to encode
            var text = new StringBuilder(value.Length + 16);
            text.Append(value, 0, i);
            byte[] bytes = Encoding.UTF8.GetBytes(value.Substring(i)); // a lone surrogate becomes U+FFFD's bytes
            foreach (byte b in bytes)
            {
                if (b < 128 && Is((char)b, Unreserved))
                    text.Append((char)b);
                else
                    text.Append('%').Append("0123456789ABCDEF"[b >> 4]).Append("0123456789ABCDEF"[b & 15]);
            }

            return text.ToString();
        }

        /// <summary>Decodes a value: <c>%XX</c> octets as UTF-8 (invalid sequences become U+FFFD); any other character stands for itself.</summary>
        private static string Decode(string raw, int start, int end)
        {
            int percent = raw.IndexOf('%', start, end - start);
            if (percent < 0)
                return RecentStrings.Baggage.Get(raw, start, end - start); // the common case: nothing to decode
            var bytes = new byte[end - start];
            int n = 0;
            for (int i = start; i < end; i++)
            {
                char c = raw[i];
                int high, low;
                if (c == '%' && i + 2 < end && (high = Hex(raw[i + 1])) >= 0 && (low = Hex(raw[i + 2])) >= 0)
                {
                    bytes[n++] = (byte)(high * 16 + low);
                    i += 2;
                }
                else
                {
                    bytes[n++] = (byte)c; // baggage octets are ASCII
                }
            }

            return Encoding.UTF8.GetString(bytes, 0, n); // the replacing decoder: U+FFFD for what is not UTF-8
        }

        private static int Hex(char c) => c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

        /// <summary>Text of a header for a message: at most 40 characters, control characters shown as <c>\xNN</c>.</summary>
        internal static string Shorten(string text)
        {
            var shown = new StringBuilder();
            foreach (char c in text)
            {
                if (shown.Length >= 40)
                    return shown.Append('…').ToString();
                if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0))
                    shown.Append("\\x").Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                else
                    shown.Append(c);
            }

            return shown.ToString();
        }
    }
}
