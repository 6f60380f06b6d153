using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using I18nToolkit.Cli.Logs.Expressions;

namespace I18nToolkit.Cli.Logs.Records
{
    /// <summary>
    /// Reads only the fields a filter needs from a CLEF line, without building a <see cref="LogRecord"/>: one pass of
    /// <see cref="Utf8JsonReader"/>, which validates the whole line as it goes. It declines (returns false) where the full
    /// reader must decide: a line not in CLEF (no leading <c>@t</c>: Microsoft.Extensions.Logging's format), a dotted
    /// path into an object, or an <c>@m</c> that must be rendered from <c>@mt</c>.
    /// </summary>
    internal sealed class ClefFieldReader
    {
        private static readonly byte[] TimeKey = Encoding.UTF8.GetBytes("@t");
        private static readonly byte[] LevelKey = Encoding.UTF8.GetBytes("@l");
        private static readonly byte[] MessageKey = Encoding.UTF8.GetBytes("@m");

        private readonly byte[][] _keys;
        private readonly int _level = -1;
        private readonly int _message = -1;
        private readonly bool _declineAlways;

        public ClefFieldReader(IReadOnlyList<string> fields)
        {
            _keys = new byte[fields.Count][];
            for (int i = 0; i < fields.Count; i++)
            {
                string field = fields[i];
                bool builtIn = field.Length >= 2 && field[0] == '@' && field is "@t" or "@l" or "@m" or "@mt" or "@x" or "@i";
                // CLEF writes a property whose name starts with @ as @@name.
                _keys[i] = Encoding.UTF8.GetBytes(builtIn ? field : field.StartsWith("@", StringComparison.Ordinal) ? "@" + field : field);
                if (field == "@l")
                    _level = i;
                else if (field == "@m")
                    _message = i;
                else if (!builtIn && field.IndexOf('.') >= 0)
                    _declineAlways = true;
            }
        }

        /// <summary>Fills <paramref name="slots"/> (one per field); false when the full reader must read this line.</summary>
        /// <exception cref="JsonException">The line is not one JSON object.</exception>
        public bool TryRead(ReadOnlySpan<byte> line, LogValue[] slots)
        {
            if (_declineAlways)
                return false;
            Array.Clear(slots, 0, slots.Length);
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                throw new JsonException("the line is not a JSON object");
            bool first = true, sawLevel = false, sawMessage = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (first && !reader.ValueTextEquals(TimeKey))
                    return false; // not CLEF
                first = false;
                sawLevel |= _level >= 0 && reader.ValueTextEquals(LevelKey);
                sawMessage |= _message >= 0 && reader.ValueTextEquals(MessageKey);
                int slot = -1;
                for (int i = 0; i < _keys.Length; i++)
                {
                    if (reader.ValueTextEquals(_keys[i]))
                    {
                        slot = i;
                        break;
                    }
                }

                reader.Read();
                if (slot >= 0)
                    slots[slot] = Value(ref reader, line);
                else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    reader.Skip();
            }

            if (reader.TokenType != JsonTokenType.EndObject)
                throw new JsonException("the JSON object is not complete");
            if (first)
                return false; // {}: let the full reader decide what an empty record is
            LogRecord.EnsureOnlyWhitespaceAfter(line, reader.BytesConsumed);
            if (_message >= 0 && !sawMessage)
                return false; // @m is rendered from @mt and the properties
            if (_level >= 0)
                slots[_level] = sawLevel && slots[_level].Kind == LogValueKind.String
                    ? LogValue.String(CompiledFilter.NormalizeLevel(slots[_level].Text!))
                    : sawLevel ? slots[_level] : LogValue.String("Information");
            return true;
        }

        private static LogValue Value(ref Utf8JsonReader reader, ReadOnlySpan<byte> line)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    return LogValue.String(reader.GetString()!);
                case JsonTokenType.Number:
                    return LogValue.FromNumber(reader.GetDouble(), Encoding.UTF8.GetString(reader.ValueSpan));
                case JsonTokenType.True:
                    return LogValue.Boolean(true);
                case JsonTokenType.False:
                    return LogValue.Boolean(false);
                case JsonTokenType.Null:
                    return LogValue.Null;
                default:
                    int start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    return LogValue.Structure(Encoding.UTF8.GetString(line.Slice(start, (int)reader.BytesConsumed - start)));
            }
        }
    }
}
