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

        /// <summary>Adds the members of one header value to <paramref name="entries"/> (index arithmetic, no splitting).</summary>
        internal static void ParseInto(string header, List<BaggageEntry> entries, List<string>? problems)
        {
            for (int i = 0; i <= header.Length;)
            {
                int end = header.IndexOf(',', i);
                if (end < 0)
                    end = header.Length;
                int a = i, b = end;
                i = end + 1;
                Trim(header, ref a, ref b);
                if (a == b)
                    continue;
                int semicolon = header.IndexOf(';', a, b - a);
                int pairEnd = semicolon < 0 ? b : semicolon;
                int equals = header.IndexOf('=', a, pairEnd - a);
                int keyEnd = equals < 0 ? pairEnd : equals;
                int keyStart = a;
                Trim(header, ref keyStart, ref keyEnd);
                if (equals < 0 || !IsToken(header, keyStart, keyEnd))
                {
                    problems?.Add($"'{Shorten(header.Substring(a, b - a))}' is not key=value with a token key");
                    continue;
                }

                string key = header.Substring(keyStart, keyEnd - keyStart);
                int valueStart = equals + 1, valueEnd = pairEnd;
                Trim(header, ref valueStart, ref valueEnd);
                if (!TryDecode(header, valueStart, valueEnd, out string value))
                {
                    problems?.Add($"the value of '{key}' is not valid percent-encoded UTF-8 baggage text");
                    continue;
                }

                string? properties = null;
                if (semicolon >= 0)
                {
                    int p = semicolon + 1, q = b;
                    Trim(header, ref p, ref q);
                    properties = header.Substring(p, q - p);
                }

                for (int j = entries.Count - 1; j >= 0; j--)
                {
                    if (entries[j].Key == key)
                        entries.RemoveAt(j);
                }

                entries.Add(new BaggageEntry(key, value, properties));
            }
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
                char c = text[i];
                if (c >= 0x80 || !TokenChars[c])
                    return false;
            }

            return true;
        }

        private static readonly bool[] TokenChars = CreateTokenChars();

        private static bool[] CreateTokenChars()
        {
            var table = new bool[128];
            for (char c = (char)0x21; c < 0x7F; c++)
                table[c] = "\"(),/:;<=>?@[\\]{}".IndexOf(c) < 0;
            return table;
        }

        private static bool IsBaggageOctet(char c) => c > 0x20 && c < 0x7F && c != '"' && c != ',' && c != ';' && c != '\\';

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
                value = raw.Substring(start, end - start); // the common case: nothing to decode
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
