using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using I18nToolkit.Cli.Logs.Expressions;
using I18nToolkit.Grammar;

namespace I18nToolkit.Cli.Logs.Records
{
    /// <summary>
    /// One structured log record, read from a JSON line in either format the tool accepts:
    /// <list type="bullet">
    /// <item>CLEF (Serilog's compact format, and the toolkit's JSON-lines output for both stacks): <c>@t @l @mt @m @x @i</c>
    /// and properties at the top level (<c>@@name</c> for a property whose name starts with <c>@</c>; no <c>@l</c> means Information);</item>
    /// <item>Microsoft.Extensions.Logging's JSON console format: <c>Timestamp LogLevel EventId Category Message Exception</c>,
    /// the record's properties in <c>State</c> (its template as <c>{OriginalFormat}</c>) and scope properties in <c>Scopes</c>
    /// (inner scopes over outer ones, the record's own over both).</item>
    /// </list>
    /// Levels are named as Serilog names them (Trace = Verbose, Critical = Fatal).
    /// </summary>
    internal sealed class LogRecord
    {
        private readonly Dictionary<string, LogValue> _properties = new Dictionary<string, LogValue>(StringComparer.Ordinal);
        private readonly List<string> _order = new List<string>();
        private string? _rendered;

        public string? Timestamp { get; private set; }

        public string Level { get; private set; } = "Information";

        public string? MessageTemplate { get; private set; }

        public string? Exception { get; private set; }

        public string? EventId { get; private set; }

        /// <summary>The properties in the order the line holds them.</summary>
        public IEnumerable<KeyValuePair<string, LogValue>> Properties
        {
            get
            {
                foreach (string name in _order)
                    yield return new KeyValuePair<string, LogValue>(name, _properties[name]);
            }
        }

        /// <summary>The message as written in the line, or rendered from the template and the properties.</summary>
        public string Message
        {
            get => _rendered ??= MessageTemplate is null ? string.Empty : Render(MessageTemplate);
            private set => _rendered = value;
        }

        /// <exception cref="JsonException">The line is not a JSON object.</exception>
        public static LogRecord Parse(ReadOnlySpan<byte> line)
        {
            using JsonDocument document = ParseDocument(line);
            var record = new LogRecord();
            if (IsMicrosoftFormat(document.RootElement))
                record.ReadMicrosoft(document.RootElement);
            else
                record.ReadClef(document.RootElement);
            return record;
        }

        /// <summary>The line as one JSON object (and nothing after it); the caller disposes it.</summary>
        /// <exception cref="JsonException">The line is not one JSON object.</exception>
        internal static JsonDocument ParseDocument(ReadOnlySpan<byte> line)
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            JsonDocument document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                throw new JsonException("the line is not a JSON object");
            }

            try
            {
                EnsureOnlyWhitespaceAfter(line, reader.BytesConsumed);
            }
            catch
            {
                document.Dispose();
                throw;
            }

            return document;
        }

        /// <summary>Microsoft.Extensions.Logging's JSON console format (<c>LogLevel</c>, no <c>@t</c>), else CLEF.</summary>
        internal static bool IsMicrosoftFormat(JsonElement root) => root.TryGetProperty("LogLevel", out _) && !root.TryGetProperty("@t", out _);

        /// <summary>One record per line: anything but whitespace after the object makes the line malformed.</summary>
        internal static void EnsureOnlyWhitespaceAfter(ReadOnlySpan<byte> line, long consumed)
        {
            foreach (byte b in line.Slice((int)consumed))
            {
                if (b != ' ' && b != '\t' && b != '\r')
                    throw new JsonException($"text after the JSON object at byte {consumed + 1}");
            }
        }

        /// <summary>A field as the filter names it: a built-in (<c>@t @l @m @mt @x @i</c>) or a property, with <c>.</c> into objects.</summary>
        public LogValue Get(string field)
        {
            switch (field)
            {
                case "@t": return Text(Timestamp);
                case "@l": return LogValue.String(Level);
                case "@m": return LogValue.String(Message);
                case "@mt": return Text(MessageTemplate);
                case "@x": return Text(Exception);
                case "@i": return Text(EventId);
            }

            if (_properties.TryGetValue(field, out LogValue value))
                return value;
            int dot = field.IndexOf('.');
            if (dot > 0 && _properties.TryGetValue(field.Substring(0, dot), out LogValue outer) && outer.Kind == LogValueKind.Structure)
                return Path(outer.Text!, field.Substring(dot + 1));
            return LogValue.Undefined;
        }

        private static LogValue Text(string? text) => text is null ? LogValue.Undefined : LogValue.String(text);

        private static LogValue Path(string json, string path)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            JsonElement element = document.RootElement;
            foreach (string part in path.Split('.'))
            {
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(part, out element))
                    return LogValue.Undefined;
            }

            return ToValue(element);
        }

        private void ReadClef(JsonElement root)
        {
            foreach (JsonProperty property in root.EnumerateObject())
            {
                string name = property.Name;
                switch (name)
                {
                    case "@t": Timestamp = AsText(property.Value); continue;
                    case "@l": Level = CompiledFilter.NormalizeLevel(AsText(property.Value) ?? "Information"); continue;
                    case "@m": Message = AsText(property.Value) ?? string.Empty; continue;
                    case "@mt": MessageTemplate = AsText(property.Value); continue;
                    case "@x": Exception = AsText(property.Value); continue;
                    case "@i": EventId = AsText(property.Value); continue;
                    case "@r": continue; // renderings of the template's formatted holes
                }

                Set(name.StartsWith("@@", StringComparison.Ordinal) ? name.Substring(1) : name, ToValue(property.Value));
            }
        }

        private void ReadMicrosoft(JsonElement root)
        {
            foreach (JsonProperty property in root.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "Timestamp": Timestamp = AsText(property.Value); break;
                    case "LogLevel": Level = CompiledFilter.NormalizeLevel(AsText(property.Value) ?? "Information"); break;
                    case "Message": Message = AsText(property.Value) ?? string.Empty; break;
                    case "Exception": Exception = AsText(property.Value); break;
                    case "EventId": EventId = AsText(property.Value); break;
                    case "Category": Set("Category", ToValue(property.Value)); break;
                }
            }

            foreach (JsonProperty property in MicrosoftProperties(root))
            {
                if (property.Name == "{OriginalFormat}")
                    MessageTemplate = AsText(property.Value);
                else
                    Set(property.Name, ToValue(property.Value));
            }
        }

        /// <summary>
        /// The properties of a record in Microsoft.Extensions.Logging's JSON format, in the order that makes the right
        /// one win when each is set in turn: the scopes' outer to inner, then the record's own state (its template as
        /// <c>{OriginalFormat}</c>, from the state only). The rendered <c>Message</c> of each is left out.
        /// </summary>
        internal static IEnumerable<JsonProperty> MicrosoftProperties(JsonElement root)
        {
            if (root.TryGetProperty("Scopes", out JsonElement scopes) && scopes.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement scope in scopes.EnumerateArray())
                {
                    if (scope.ValueKind != JsonValueKind.Object)
                        continue;
                    foreach (JsonProperty property in scope.EnumerateObject())
                    {
                        if (property.Name != "Message" && property.Name != "{OriginalFormat}")
                            yield return property;
                    }
                }
            }

            if (root.TryGetProperty("State", out JsonElement state) && state.ValueKind == JsonValueKind.Object)
            {
                foreach (JsonProperty property in state.EnumerateObject())
                {
                    if (property.Name != "Message")
                        yield return property;
                }
            }
        }

        private void Set(string name, LogValue value)
        {
            if (!_properties.ContainsKey(name))
                _order.Add(name);
            _properties[name] = value;
        }

        private static string? AsText(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => element.GetRawText(),
        };

        internal static LogValue ToValue(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.String => LogValue.String(element.GetString()!),
            JsonValueKind.Number => LogValue.FromNumber(element.GetDouble(), element.GetRawText()),
            JsonValueKind.True => LogValue.Boolean(true),
            JsonValueKind.False => LogValue.Boolean(false),
            JsonValueKind.Null => LogValue.Null,
            _ => LogValue.Structure(element.GetRawText()),
        };

        /// <summary>Renders a template (the toolkit's grammar: named and positional holes, formats) with this record's properties.</summary>
        public string Render(string template, IFormatProvider? culture = null)
        {
            if (!Grammar.MessageTemplate.TryParse(template, out MessageTemplate? parsed, out _))
                return template;
            // A translation's plurals take its culture's categories; without one, the code's English.
            parsed = parsed!.WithPluralCulture((culture as CultureInfo)?.Name is { Length: > 0 } name ? name : Grammar.Plurals.PluralRules.SourceLanguage);
            var args = new object?[parsed!.ArgumentCount];
            for (int i = 0; i < parsed.Holes.Count; i++)
            {
                MessageHole hole = parsed.Holes[i];
                LogValue value = Get(hole.Name);
                if (hole.ArgumentIndex < args.Length && value.Kind != LogValueKind.Undefined)
                    args[hole.ArgumentIndex] = value.Kind == LogValueKind.Number ? value.Number : value.Kind == LogValueKind.Null ? null : value.ToString();
            }

            return parsed.Format(culture ?? CultureInfo.InvariantCulture, args);
        }
    }
}
