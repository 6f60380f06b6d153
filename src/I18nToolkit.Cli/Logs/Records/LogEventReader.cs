using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
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
        public static LogEvent Read(ReadOnlySpan<byte> line, out bool hasTimestamp)
        {
            using JsonDocument document = LogRecord.ParseDocument(line);
            JsonElement root = document.RootElement;
            var fields = new EventFields();
            if (LogRecord.IsMicrosoftFormat(root))
                ReadMicrosoft(root, fields);
            else
                ReadClef(root, fields);
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
        private static LogEventLevel LevelOf(string text)
        {
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
