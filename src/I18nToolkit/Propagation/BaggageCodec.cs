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
                if (header is null)
                    continue;
                foreach (string member in header.Split(','))
                {
                    string trimmed = member.Trim(' ', '\t');
                    if (trimmed.Length == 0)
                        continue;
                    int semicolon = trimmed.IndexOf(';');
                    string pair = semicolon < 0 ? trimmed : trimmed.Substring(0, semicolon);
                    string? properties = semicolon < 0 ? null : trimmed.Substring(semicolon + 1).Trim(' ', '\t');
                    int equals = pair.IndexOf('=');
                    string key = equals < 0 ? pair : pair.Substring(0, equals).Trim(' ', '\t');
                    string raw = equals < 0 ? string.Empty : pair.Substring(equals + 1).Trim(' ', '\t');
                    if (equals < 0 || !IsToken(key))
                    {
                        problems?.Add($"'{Shorten(trimmed)}' is not key=value with a token key");
                        continue;
                    }

                    if (!TryDecode(raw, out string value))
                    {
                        problems?.Add($"the value of '{key}' is not valid percent-encoded UTF-8 baggage text");
                        continue;
                    }

                    entries.RemoveAll(e => e.Key == key);
                    entries.Add(new BaggageEntry(key, value, properties));
                }
            }

            return entries;
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

                string member = entry.Key + "=" + Encode(entry.Value) + (string.IsNullOrEmpty(entry.Properties) ? string.Empty : ";" + entry.Properties);
                int length = text.Length + (text.Length > 0 ? 1 : 0) + member.Length;
                if (count == maxEntries || length > maxBytes)
                {
                    dropped?.Add(entry.Key);
                    continue;
                }

                if (text.Length > 0)
                    text.Append(',');
                text.Append(member);
                count++;
            }

            return text.ToString();
        }

        /// <summary>RFC 7230 token: visible ASCII except separators.</summary>
        public static bool IsToken(string text)
        {
            if (string.IsNullOrEmpty(text))
                return false;
            foreach (char c in text)
            {
                if (c <= 0x20 || c >= 0x7F || "\"(),/:;<=>?@[\\]{}".IndexOf(c) >= 0)
                    return false;
            }

            return true;
        }

        /// <summary>Percent-encodes what is not a baggage octet (and <c>%</c> itself), as UTF-8.</summary>
        public static string Encode(string value)
        {
            var text = new StringBuilder(value.Length);
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

        private static bool TryDecode(string raw, out string value)
        {
            value = string.Empty;
            var bytes = new List<byte>(raw.Length);
            for (int i = 0; i < raw.Length; i++)
            {
                char c = raw[i];
                if (c == '%')
                {
                    if (i + 2 >= raw.Length || Hex(raw[i + 1]) < 0 || Hex(raw[i + 2]) < 0)
                        return false;
                    bytes.Add((byte)(Hex(raw[i + 1]) * 16 + Hex(raw[i + 2])));
                    i += 2;
                }
                else if (c > 0x20 && c < 0x7F && c != '"' && c != ',' && c != ';' && c != '\\')
                {
                    bytes.Add((byte)c);
                }
                else
                {
                    return false;
                }
            }

            try
            {
                value = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.ToArray());
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
