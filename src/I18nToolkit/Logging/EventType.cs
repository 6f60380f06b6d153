namespace I18nToolkit.Logging
{
    /// <summary>
    /// The CLEF event type (<c>@i</c>) of a record, the same on every path that writes CLEF (Serilog's
    /// <c>ClefFormatter</c>, <c>AddClef</c>) and in every language: for a message with an ID, a hash of its prefix
    /// and ID (<c>Payroll:E131</c>), which no translation and no rewording of the English text changes; otherwise a hash
    /// of the template, exactly as Serilog.Formatting.Compact's <c>EventIdHash</c> computes it (so a record of a plain
    /// Serilog event gets the <c>@i</c> Serilog gives it).
    /// </summary>
    public static class EventType
    {
        /// <summary>The event type of a record: see <see cref="EventType"/>.</summary>
        /// <param name="prefix">The message prefix (the record's <c>MessagePrefix</c>), or null.</param>
        /// <param name="messageId">The message ID (the record's <c>MessageId</c>, <c>E131</c>), or null for none.</param>
        /// <param name="template">The template the record was written with (<c>@mt</c>), for a record without an ID.</param>
        public static uint Of(string? prefix, string? messageId, string template) =>
            string.IsNullOrEmpty(messageId) ? Hash(template ?? string.Empty)
            : string.IsNullOrEmpty(prefix) ? Hash(messageId!)
            : Hash(prefix + ":" + messageId);

        /// <summary>The event type as CLEF writes it: eight lowercase hex digits.</summary>
        public static string Text(uint eventType) => eventType.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>Jenkins' one-at-a-time hash over the UTF-16 code units: Serilog.Formatting.Compact's <c>EventIdHash.Compute</c>.</summary>
        internal static uint Hash(string text)
        {
            unchecked
            {
                uint hash = 0;
                foreach (char c in text)
                {
                    hash += c;
                    hash += hash << 10;
                    hash ^= hash >> 6;
                }

                hash += hash << 3;
                hash ^= hash >> 11;
                hash += hash << 15;
                return hash;
            }
        }
    }
}
