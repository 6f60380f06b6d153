using System;
using I18nToolkit.Grammar;
using I18nToolkit.Localization;

namespace I18nToolkit.Logging.Clef
{
    /// <summary>
    /// What a message's CLEF records share, encoded once per message: each argument's property name, the
    /// <c>MessageId</c>/<c>MessagePrefix</c> pair and the event type. Kept as the entry's adapter state, so it lives as
    /// long as the message does.
    /// </summary>
    internal sealed class ClefMessageCache
    {
        private static readonly Func<MessageEntry, ClefMessageCache> Create = entry => new ClefMessageCache(entry);

        private ClefMessageCache(MessageEntry entry)
        {
            MessageTemplate code = entry.CodeTemplate;
            ArgumentNames = new byte[code.ArgumentCount][];
            ArgumentKeys = new string[code.ArgumentCount];
            HoleKeys = new string[code.HoleNames.Count];
            HoleNames = new byte[code.HoleNames.Count][];
            HoleArguments = new int[code.HoleNames.Count];
            for (int i = 0; i < code.HoleNames.Count; i++)
            {
                string name = code.HoleNames[i];
                int argument = code.HoleArgumentIndexes[i];
                HoleKeys[i] = name;
                HoleNames[i] = Encode(line => line.WriteName(name));
                HoleArguments[i] = argument;
                if ((uint)argument < (uint)ArgumentNames.Length && ArgumentNames[argument] is null)
                {
                    ArgumentNames[argument] = HoleNames[i];
                    ArgumentKeys[argument] = name;
                }
            }

            string prefix = entry.Localizer.Prefix;
            string? id = entry.Key is null ? null : entry.Id.Value;
            Identity = Encode(line =>
            {
                if (id is not null)
                {
                    line.WriteName(LogPropertyNames.MessageId);
                    line.WriteString(id);
                }

                line.WriteName(LogPropertyNames.MessagePrefix);
                line.WriteString(prefix);
            });
            Prefix = prefix;
            if (id is not null)
                EventTypeField = Encode(line => WriteEventType(line, EventType.Of(prefix, id, entry.Text)));
        }

        /// <summary><c>,"Name":</c> for each argument a hole names (the first hole naming it); null for the others.</summary>
        public byte[]?[] ArgumentNames { get; }

        /// <summary>The property name of each argument (see <see cref="ArgumentNames"/>).</summary>
        public string?[] ArgumentKeys { get; }

        /// <summary>Each hole's name, encoded and as text, and its argument, for holes the message has no argument for.</summary>
        public byte[][] HoleNames { get; }

        public string[] HoleKeys { get; }

        public int[] HoleArguments { get; }

        /// <summary><c>,"MessageId":"E131","MessagePrefix":"Payroll"</c> (no <c>MessageId</c> for a message without one).</summary>
        public byte[] Identity { get; }

        public string Prefix { get; }

        /// <summary><c>,"@i":"…"</c> for a message with an ID (the same in every language); null otherwise (the template's hash, per language).</summary>
        public byte[]? EventTypeField { get; }

        public static ClefMessageCache For(MessageEntry entry) => entry.GetAdapterState(Create);

        public static void WriteEventType(Utf8LineBuffer line, uint eventType)
        {
            line.WriteRaw(",\"@i\":\""u8);
            Span<byte> bytes = stackalloc byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(bytes, eventType);
            line.WriteHex(bytes); // eight lowercase digits, as EventType.Text
            line.WriteByte((byte)'"');
        }

        private static byte[] Encode(Action<Utf8LineBuffer> write)
        {
            var line = new Utf8LineBuffer();
            write(line);
            return line.Written.ToArray();
        }
    }
}
