using System;
using System.Globalization;
using System.IO;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Json;

namespace I18nToolkit.Formatting
{
    /// <summary>
    /// Writes Serilog events as CLEF, the compact JSON-lines format of the Serilog ecosystem (Seq, <c>i18n logs filter</c>):
    /// <c>@t</c> time (UTC, ISO 8601), <c>@mt</c> template, <c>@m</c> rendered message, <c>@l</c> level (left out for
    /// Information), <c>@x</c> exception, <c>@i</c> an event type (a hash of the template, hex), then every property -
    /// <c>MessageId</c>, <c>MessagePrefix</c>, the holes and the diagnostic context - with a leading <c>@</c> doubled.
    /// A stand-in for Serilog.Formatting.Compact's <c>CompactJsonFormatter</c>, built on Serilog's own value formatter.
    /// </summary>
    public sealed class ClefFormatter : ITextFormatter
    {
        private readonly JsonValueFormatter _values = new JsonValueFormatter(typeTagName: "$type");
        private readonly IFormatProvider? _formatProvider;

        /// <summary>Creates the formatter; <paramref name="formatProvider"/> renders <c>@m</c> (default: invariant).</summary>
        public ClefFormatter(IFormatProvider? formatProvider = null) => _formatProvider = formatProvider;

        /// <inheritdoc />
        public void Format(LogEvent logEvent, TextWriter output)
        {
            if (logEvent is null)
                throw new ArgumentNullException(nameof(logEvent));
            if (output is null)
                throw new ArgumentNullException(nameof(output));
            output.Write("{\"@t\":\"");
            output.Write(logEvent.Timestamp.UtcDateTime.ToString("o", CultureInfo.InvariantCulture));
            output.Write("\",\"@mt\":");
            JsonValueFormatter.WriteQuotedJsonString(logEvent.MessageTemplate.Text, output);
            output.Write(",\"@m\":");
            JsonValueFormatter.WriteQuotedJsonString(logEvent.RenderMessage(_formatProvider ?? CultureInfo.InvariantCulture), output);
            output.Write(",\"@i\":\"");
            output.Write(EventType(logEvent.MessageTemplate.Text).ToString("x8", CultureInfo.InvariantCulture));
            output.Write('"');
            if (logEvent.Level != LogEventLevel.Information)
            {
                output.Write(",\"@l\":\"");
                output.Write(logEvent.Level.ToString());
                output.Write('"');
            }

            if (logEvent.Exception is not null)
            {
                output.Write(",\"@x\":");
                JsonValueFormatter.WriteQuotedJsonString(logEvent.Exception.ToString(), output);
            }

            foreach (var property in logEvent.Properties)
            {
                output.Write(',');
                JsonValueFormatter.WriteQuotedJsonString(property.Key.StartsWith("@", StringComparison.Ordinal) ? "@" + property.Key : property.Key, output);
                output.Write(':');
                _values.Format(property.Value, output);
            }

            output.Write('}');
            output.Write('\n');
        }

        /// <summary>FNV-1a over the template: the same template, the same event type.</summary>
        private static uint EventType(string template)
        {
            unchecked
            {
                uint hash = 2166136261;
                foreach (char c in template)
                    hash = (hash ^ c) * 16777619;
                return hash;
            }
        }
    }
}
