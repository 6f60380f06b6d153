using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Serilog.Events;
using Serilog.Parsing;
using LogLevelNames = I18nToolkit.Grammar.LogLevelNames;
using MessageTemplate = Serilog.Events.MessageTemplate;
using MessageTemplateParser = Serilog.Parsing.MessageTemplateParser;

namespace I18nToolkit.Cli.Logs.Records
{
    /// <summary>
    /// Reads a log line (CLEF, or Microsoft.Extensions.Logging's JSON console format, as <see cref="LogRecord"/> does)
    /// into a Serilog <see cref="LogEvent"/>, so that Serilog.Expressions evaluates the filter on it with its own
    /// meaning. What the line wrote is what the event holds: <c>@m</c> renders as the line's <c>@m</c> (the writer's
    /// rendering, in its language) while <c>@mt</c> stays the template; numbers are decimals where they fit (as the
    /// language's own literals are), objects structures (<c>$type</c> their type tag), <c>@tr</c>/<c>@sp</c> the trace
    /// and span, <c>@x</c> an exception whose text is the line's.
    /// </summary>
    internal static class LogEventReader
    {
        private static readonly MessageTemplateParser Parser = new MessageTemplateParser();
        private static readonly ConcurrentDictionary<string, MessageTemplate> Templates = new ConcurrentDictionary<string, MessageTemplate>(StringComparer.Ordinal);

        /// <summary>Reads one line; <paramref name="hasTimestamp"/> says whether it had a readable time.</summary>
        /// <exception cref="JsonException">The line is not one JSON object.</exception>
        /// <exception cref="InvalidOperationException">A string in the line is not valid UTF-8 or UTF-16 (a lone surrogate).</exception>
        /// <param name="line">The line, without its line break.</param>
        /// <param name="hasTimestamp">Whether the line had a readable time.</param>
        /// <param name="needs">What of the record to build (default: all of it); the rest is only checked to be JSON.</param>
        public static LogEvent Read(ReadOnlySpan<byte> line, out bool hasTimestamp, EventNeeds? needs = null)
        {
            var fields = new EventFields();
            if (!TryReadClef(line, fields, needs ?? EventNeeds.All))
            {
                // Not CLEF as writers write it (@t first): Microsoft.Extensions.Logging's format, or another order.
                fields = new EventFields();
                using JsonDocument document = LogRecord.ParseDocument(line);
                JsonElement root = document.RootElement;
                if (LogRecord.IsMicrosoftFormat(root))
                    ReadMicrosoft(root, fields);
                else
                    ReadClef(root, fields);
            }

            hasTimestamp = fields.HasTime;
            var properties = new List<LogEventProperty>(fields.Properties.Count);
            foreach (KeyValuePair<string, LogEventPropertyValue> pair in fields.Properties)
                properties.Add(new LogEventProperty(pair.Key, pair.Value));
            MessageTemplate template = Template(fields.Template, fields.Message);
            Exception? exception = fields.Exception is null ? null : new LoggedException(fields.Exception);
            return fields.TraceId is ActivityTraceId trace && fields.SpanId is ActivitySpanId span
                ? new LogEvent(fields.Timestamp, fields.Level, exception, template, properties, trace, span)
                : new LogEvent(fields.Timestamp, fields.Level, exception, template, properties);
        }

        private sealed class EventFields
        {
            public DateTimeOffset Timestamp;
            public bool HasTime;
            public LogEventLevel Level = LogEventLevel.Information;
            public string? Template;
            public string? Message;
            public string? Exception;
            public ActivityTraceId? TraceId;
            public ActivitySpanId? SpanId;
            public readonly Dictionary<string, LogEventPropertyValue> Properties = new Dictionary<string, LogEventPropertyValue>(StringComparer.Ordinal);

            public void Set(string name, JsonElement value)
            {
                if (name.Length > 0)
                    Properties[name] = Value(value);
            }

            public void SetTime(JsonElement value)
            {
                if (value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset time))
                {
                    Timestamp = time;
                    HasTime = true;
                }
            }

            public void SetLevel(JsonElement value)
            {
                if (value.ValueKind == JsonValueKind.String)
                    Level = LevelOf(value.GetString()!);
            }
        }

        /// <summary>
        /// Reads a CLEF line in one pass of <see cref="Utf8JsonReader"/> (which checks all of it is JSON), building only
        /// what <paramref name="needs"/> names and skipping the rest; false when the line does not start with <c>@t</c>.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private static bool TryReadClef(ReadOnlySpan<byte> line, EventFields fields, EventNeeds needs)
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                throw new JsonException("the line is not a JSON object");
            bool first = true;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (first && !reader.ValueTextEquals(TimeKey))
                    return false;
                first = false;
                ReadOnlySpan<byte> name = reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan;
                if (!reader.Read())
                    throw new JsonException("the line ends inside the object");
                if (name.Length > 1 && name[0] == '@' && name[1] != '@')
                {
                    ReadBuiltIn(ref reader, name, fields, needs);
                    continue;
                }

                if (name.Length > 1 && name[0] == '@')
                    name = name.Slice(1); // @@name is the property @name
                if (needs.PropertyNames is null || IsNeeded(name, needs.PropertyNames))
                {
                    string key = Encoding.UTF8.GetString(name);
                    LogEventPropertyValue value = ReadValue(ref reader);
                    if (key.Length > 0)
                        fields.Properties[key] = value;
                }
                else
                {
                    reader.Skip();
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject)
                throw new JsonException("the line is not one JSON object");
            LogRecord.EnsureOnlyWhitespaceAfter(line, reader.BytesConsumed);
            if (fields.TraceId is null || fields.SpanId is null)
            {
                fields.TraceId = null;
                fields.SpanId = null;
            }

            return true;
        }

        private static readonly byte[] TimeKey = Encoding.UTF8.GetBytes("@t");

        /// <summary>The time the reader is on, as every path reads a time (a time without an offset is UTC); null if it is none.</summary>
        internal static DateTimeOffset? TimeOf(ref Utf8JsonReader reader) =>
            reader.TokenType == JsonTokenType.String && DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset time)
                ? time
                : null;

        private static bool IsNeeded(ReadOnlySpan<byte> name, byte[][] needed)
        {
            foreach (byte[] candidate in needed)
            {
                if (name.SequenceEqual(candidate))
                    return true;
            }

            return false;
        }

        private static void ReadBuiltIn(ref Utf8JsonReader reader, ReadOnlySpan<byte> name, EventFields fields, EventNeeds needs)
        {
            bool text = reader.TokenType == JsonTokenType.String;
            switch (Encoding.ASCII.GetString(name))
            {
                case "@t":
                    if (TimeOf(ref reader) is DateTimeOffset time)
                    {
                        fields.Timestamp = time;
                        fields.HasTime = true;
                    }

                    break;
                case "@l":
                    if (text)
                        fields.Level = LevelOf(reader.GetString()!);
                    break;
                case "@mt" when needs.Template:
                    fields.Template = text ? reader.GetString() : null;
                    break;
                case "@m" when needs.Template:
                    fields.Message = text ? reader.GetString() : null;
                    break;
                case "@x" when needs.Exception:
                    fields.Exception = text ? reader.GetString() : null;
                    break;
                case "@tr" when needs.Trace && text:
                    string trace = reader.GetString()!;
                    if (IsHex(trace, 32))
                        fields.TraceId = ActivityTraceId.CreateFromString(trace.AsSpan());
                    break;
                case "@sp" when needs.Trace && text:
                    string span = reader.GetString()!;
                    if (IsHex(span, 16))
                        fields.SpanId = ActivitySpanId.CreateFromString(span.AsSpan());
                    break;
            }

            reader.Skip(); // a string was read or is skipped; a structure (not CLEF's) is skipped whole
        }

        /// <summary>A JSON value as Serilog holds one (see <see cref="Value(JsonElement)"/>), read from the reader.</summary>
        private static LogEventPropertyValue ReadValue(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    return new ScalarValue(reader.GetString());
                case JsonTokenType.Number:
                    return reader.TryGetDecimal(out decimal number) ? new ScalarValue(number) : new ScalarValue(reader.GetDouble());
                case JsonTokenType.True:
                    return new ScalarValue(true);
                case JsonTokenType.False:
                    return new ScalarValue(false);
                case JsonTokenType.StartArray:
                    var items = new List<LogEventPropertyValue>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                        items.Add(ReadValue(ref reader));
                    return new SequenceValue(items);
                case JsonTokenType.StartObject:
                    string? typeTag = null;
                    var members = new List<LogEventProperty>();
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        string member = reader.GetString()!;
                        reader.Read();
                        if (member == "$type" && reader.TokenType == JsonTokenType.String)
                            typeTag = reader.GetString();
                        else if (member.Length > 0)
                            members.Add(new LogEventProperty(member, ReadValue(ref reader)));
                        else
                            reader.Skip();
                    }

                    return new StructureValue(members, typeTag);
                default:
                    return new ScalarValue(null);
            }
        }

        private static void ReadClef(JsonElement root, EventFields fields)
        {
            foreach (JsonProperty property in root.EnumerateObject())
            {
                string name = property.Name;
                JsonElement value = property.Value;
                if (name.Length == 0 || name[0] != '@')
                {
                    fields.Set(name, value);
                    continue;
                }

                switch (name)
                {
                    case "@t": fields.SetTime(value); break;
                    case "@l": fields.SetLevel(value); break;
                    case "@mt": fields.Template = Text(value); break;
                    case "@m": fields.Message = Text(value); break;
                    case "@x": fields.Exception = Text(value); break;
                    case "@tr":
                        if (value.ValueKind == JsonValueKind.String && IsHex(value.GetString()!, 32))
                            fields.TraceId = ActivityTraceId.CreateFromString(value.GetString()!.AsSpan());
                        break;
                    case "@sp":
                        if (value.ValueKind == JsonValueKind.String && IsHex(value.GetString()!, 16))
                            fields.SpanId = ActivitySpanId.CreateFromString(value.GetString()!.AsSpan());
                        break;
                    default:
                        // @@name is a property named @name; other @ names are CLEF's own (@i, @r): Serilog derives them.
                        if (name.StartsWith("@@", StringComparison.Ordinal))
                            fields.Set(name.Substring(1), value);
                        break;
                }
            }

            if (fields.TraceId is null || fields.SpanId is null)
            {
                fields.TraceId = null;
                fields.SpanId = null;
            }
        }

        private static void ReadMicrosoft(JsonElement root, EventFields fields)
        {
            foreach (JsonProperty property in root.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "Timestamp": fields.SetTime(property.Value); break;
                    case "LogLevel": fields.SetLevel(property.Value); break;
                    case "Message": fields.Message = Text(property.Value); break;
                    case "Exception": fields.Exception = Text(property.Value); break;
                    case "EventId":
                    case "Category": fields.Set(property.Name, property.Value); break;
                }
            }

            foreach (JsonProperty property in LogRecord.MicrosoftProperties(root))
            {
                if (property.Name == "{OriginalFormat}")
                    fields.Template = Text(property.Value);
                else
                    fields.Set(property.Name, property.Value);
            }
        }

        /// <summary>
        /// The event's template: <c>@mt</c>'s text (what Serilog.Expressions shows as <c>@mt</c>), rendering as the line's
        /// <c>@m</c> where it has one - what the writer rendered, in the language it wrote - and else as the template does.
        /// </summary>
        private static MessageTemplate Template(string? template, string? message)
        {
            if (message is not null)
                return new MessageTemplate(template ?? message, new MessageTemplateToken[] { new TextToken(message) });
            if (template is null)
                return MessageTemplate.Empty;
            if (Templates.TryGetValue(template, out MessageTemplate? parsed))
                return parsed;
            parsed = Parser.Parse(template);
            if (Templates.Count < 10_000 && template.Length < 4096)
                Templates.TryAdd(template, parsed); // many lines share few templates; a bounded cache
            return parsed;
        }

        private static readonly LogEventLevel[] Levels = (LogEventLevel[])Enum.GetValues(typeof(LogEventLevel));

        /// <summary>A level by its Serilog or MEL name, in any case (<c>Warning</c>, <c>warn</c>, <c>Critical</c>); Information for others.</summary>
        internal static LogEventLevel LevelOf(string text)
        {
            switch (text)
            {
                // As writers write them: no allocation for the usual case.
                case "Verbose": case "Trace": return LogEventLevel.Verbose;
                case "Debug": return LogEventLevel.Debug;
                case "Information": return LogEventLevel.Information;
                case "Warning": return LogEventLevel.Warning;
                case "Error": return LogEventLevel.Error;
                case "Fatal": case "Critical": return LogEventLevel.Fatal;
            }

            string name = LogLevelNames.Normalize(text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1).ToLowerInvariant());
            foreach (LogEventLevel level in Levels)
            {
                if (string.Equals(level.ToString(), name, StringComparison.OrdinalIgnoreCase))
                    return level;
            }

            return LogEventLevel.Information;
        }

        private static string? Text(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            _ => value.GetRawText(),
        };

        private static bool IsHex(string text, int length)
        {
            if (text.Length != length)
                return false;
            foreach (char c in text)
            {
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
                    return false;
            }

            return true;
        }

        /// <summary>A JSON value as Serilog holds one: scalars, sequences, structures (<c>$type</c> the tag).</summary>
        internal static LogEventPropertyValue Value(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    return new ScalarValue(element.GetString());
                case JsonValueKind.Number:
                    return element.TryGetDecimal(out decimal number) ? new ScalarValue(number) : new ScalarValue(element.GetDouble());
                case JsonValueKind.True:
                    return new ScalarValue(true);
                case JsonValueKind.False:
                    return new ScalarValue(false);
                case JsonValueKind.Array:
                    var items = new List<LogEventPropertyValue>();
                    foreach (JsonElement item in element.EnumerateArray())
                        items.Add(Value(item));
                    return new SequenceValue(items);
                case JsonValueKind.Object:
                    string? typeTag = null;
                    var members = new List<LogEventProperty>();
                    foreach (JsonProperty member in element.EnumerateObject())
                    {
                        if (member.Name == "$type" && member.Value.ValueKind == JsonValueKind.String)
                            typeTag = member.Value.GetString();
                        else if (member.Name.Length > 0)
                            members.Add(new LogEventProperty(member.Name, Value(member.Value)));
                    }

                    return new StructureValue(members, typeTag);
                default:
                    return new ScalarValue(null);
            }
        }
    }
}
