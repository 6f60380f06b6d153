using System;
using System.Globalization;
using System.IO;
using System.Text;
using I18nToolkit.Logging;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Json;
using Serilog.Parsing;

namespace I18nToolkit.Formatting
{
    /// <summary>
    /// Writes Serilog events as CLEF lines (Seq, <c>i18n logs filter</c>): everything Serilog.Formatting.Compact's
    /// <see cref="CompactJsonFormatter"/> writes, by that formatter (<c>@t @mt @r @l @x @tr @sp</c> and the properties -
    /// <c>MessageId</c>, <c>MessagePrefix</c>, the holes, the diagnostic context), plus <c>@m</c>, the message as rendered
    /// in the language it was logged in (for a toolkit message, the text <c>AddClef</c> writes for it too), and
    /// <c>@i</c>, an event type that is the same in every language
    /// (<see cref="EventType"/>). Use <see cref="CompactJsonFormatter"/> itself where neither is wanted.
    /// </summary>
    public sealed class ClefFormatter : ITextFormatter
    {
        private readonly JsonValueFormatter _values = new JsonValueFormatter(typeTagName: "$type");
        private readonly IFormatProvider? _formatProvider;

        [ThreadStatic]
        private static StringWriter? _buffer;

        /// <summary>Creates the formatter; <paramref name="formatProvider"/> renders <c>@m</c> (default: invariant).</summary>
        public ClefFormatter(IFormatProvider? formatProvider = null) => _formatProvider = formatProvider;

        /// <inheritdoc />
        public void Format(LogEvent logEvent, TextWriter output)
        {
            if (logEvent is null)
                throw new ArgumentNullException(nameof(logEvent));
            if (output is null)
                throw new ArgumentNullException(nameof(output));

            // The library writes the object; its closing brace gives way to the two fields it does not write.
            StringWriter buffer = _buffer ??= new StringWriter(CultureInfo.InvariantCulture);
            StringBuilder text = buffer.GetStringBuilder();
            text.Clear();
            CompactJsonFormatter.FormatEvent(logEvent, buffer, _values);
            text.Length--; // the '}'
            text.Append(",\"@m\":");
            JsonValueFormatter.WriteQuotedJsonString(Render(logEvent, _formatProvider ?? CultureInfo.InvariantCulture), buffer);
            text.Append(",\"@i\":\"").Append(EventType.Text(EventTypeOf(logEvent))).Append("\"}\n");
            output.Write(text.ToString());
            if (text.Capacity > 64 * 1024)
                _buffer = null; // do not keep a large one alive
        }

        /// <summary>
        /// The message text. A toolkit event (one with <c>MessagePrefix</c>) renders as the toolkit renders its messages
        /// everywhere else - <c>Loc.T</c>, <c>AddClef</c> - text values as they are; any other event as Serilog renders
        /// it (text values in quotes), which is what Serilog's own formatters write.
        /// </summary>
        private static string Render(LogEvent logEvent, IFormatProvider formatProvider)
        {
            if (!logEvent.Properties.ContainsKey(LogPropertyNames.MessagePrefix))
                return logEvent.RenderMessage(formatProvider);
            var text = new StringWriter(formatProvider);
            foreach (MessageTemplateToken token in logEvent.MessageTemplate.Tokens)
            {
                if (token is PropertyToken hole && hole.Format is null && hole.Alignment is null
                    && logEvent.Properties.TryGetValue(hole.PropertyName, out LogEventPropertyValue? value) && value is ScalarValue { Value: string literal })
                    text.Write(literal);
                else
                    token.Render(logEvent.Properties, text, formatProvider);
            }

            return text.ToString();
        }

        private static uint EventTypeOf(LogEvent logEvent) =>
            EventType.Of(Text(logEvent, LogPropertyNames.MessagePrefix), Text(logEvent, LogPropertyNames.MessageId), logEvent.MessageTemplate.Text);

        private static string? Text(LogEvent logEvent, string name) =>
            logEvent.Properties.TryGetValue(name, out LogEventPropertyValue? value) && value is ScalarValue { Value: string text } ? text : null;
    }
}
