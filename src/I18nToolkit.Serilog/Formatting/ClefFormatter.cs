using System;
using System.Globalization;
using System.IO;
using I18nToolkit.Logging;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Json;
using Serilog.Parsing;

namespace I18nToolkit.Formatting
{
    /// <summary>
    /// Writes Serilog events as CLEF lines (Seq, <c>i18n logs filter</c>), straight to the output, with the fields
    /// <c>AddClef</c> writes: <c>@t</c> (UTC), <c>@m</c> - the message as rendered in the language it was logged in -,
    /// <c>@i</c>, an event type that is the same in every language (<see cref="EventType"/>), <c>@l @x @tr @sp</c>
    /// as Serilog.Formatting.Compact's <see cref="CompactJsonFormatter"/> writes them, and the properties, their values
    /// by Serilog's own <see cref="JsonValueFormatter"/>, and <c>@mt</c>/<c>@r</c> as <see cref="CompactJsonFormatter"/>
    /// writes them (for toolkit events, those with <c>MessagePrefix</c>, they can be left out). The diagnostic context's
    /// <c>Context</c> text, which repeats the context's own properties, is left out.
    /// </summary>
    public sealed class ClefFormatter : ITextFormatter
    {
        private readonly JsonValueFormatter _values = new JsonValueFormatter(typeTagName: "$type");
        private readonly IFormatProvider? _formatProvider;
        private readonly bool _includeMessageTemplate;

        [ThreadStatic]
        private static StringWriter? t_scratch;

        /// <summary>Creates the formatter.</summary>
        /// <param name="formatProvider">Renders <c>@m</c> (default: invariant).</param>
        /// <param name="includeMessageTemplate">Whether toolkit events carry <c>@mt</c> (and <c>@r</c>), as plain events always do. Default: true (see <c>ClefLoggerOptions.IncludeMessageTemplate</c>).</param>
        public ClefFormatter(IFormatProvider? formatProvider = null, bool includeMessageTemplate = true)
        {
            _formatProvider = formatProvider;
            _includeMessageTemplate = includeMessageTemplate;
        }

        /// <inheritdoc />
        public void Format(LogEvent logEvent, TextWriter output)
        {
            if (logEvent is null)
                throw new ArgumentNullException(nameof(logEvent));
            if (output is null)
                throw new ArgumentNullException(nameof(output));

            string? prefix = Text(logEvent, LogPropertyNames.MessagePrefix);
            bool toolkit = prefix is not null;
            output.Write("{\"@t\":\"");
            output.Write(logEvent.Timestamp.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            output.Write("\",\"@m\":");
            JsonValueFormatter.WriteQuotedJsonString(Render(logEvent, toolkit, _formatProvider ?? CultureInfo.InvariantCulture), output);
            output.Write(",\"@i\":\"");
            output.Write(EventType.Text(EventType.Of(prefix, Text(logEvent, LogPropertyNames.MessageId), logEvent.MessageTemplate.Text)));
            output.Write('"');
            if (!toolkit || _includeMessageTemplate)
                WriteTemplate(logEvent, output);

            if (logEvent.Level != LogEventLevel.Information)
            {
                output.Write(",\"@l\":\"");
                output.Write(logEvent.Level.ToString()); // Serilog's level names are CLEF's
                output.Write('"');
            }

            if (logEvent.Exception is not null)
            {
                output.Write(",\"@x\":");
                JsonValueFormatter.WriteQuotedJsonString(logEvent.Exception.ToString(), output);
            }

            if (logEvent.TraceId is { } trace)
            {
                output.Write(",\"@tr\":\"");
                output.Write(trace.ToHexString());
                output.Write('"');
            }

            if (logEvent.SpanId is { } span)
            {
                output.Write(",\"@sp\":\"");
                output.Write(span.ToHexString());
                output.Write('"');
            }

            foreach (var property in logEvent.Properties)
            {
                if (property.Value is ContextStackValue)
                    continue; // the stack's text, for text outputs: its frames' properties are here already
                output.Write(',');
                JsonValueFormatter.WriteQuotedJsonString(property.Key.Length > 0 && property.Key[0] == '@' ? "@" + property.Key : property.Key, output);
                output.Write(':');
                _values.Format(property.Value, output);
            }

            output.Write("}\n");
        }

        /// <summary><c>@mt</c>, and <c>@r</c> (the renderings of holes with a format) as Serilog.Formatting.Compact writes them.</summary>
        private static void WriteTemplate(LogEvent logEvent, TextWriter output)
        {
            output.Write(",\"@mt\":");
            JsonValueFormatter.WriteQuotedJsonString(logEvent.MessageTemplate.Text, output);
            bool first = true;
            foreach (MessageTemplateToken token in logEvent.MessageTemplate.Tokens)
            {
                if (token is not PropertyToken { Format: not null } hole)
                    continue;
                output.Write(first ? ",\"@r\":[" : ",");
                first = false;
                StringWriter scratch = Scratch();
                hole.Render(logEvent.Properties, scratch, CultureInfo.InvariantCulture);
                JsonValueFormatter.WriteQuotedJsonString(scratch.ToString(), output);
            }

            if (!first)
                output.Write(']');
        }

        /// <summary>
        /// The message text. A toolkit event renders as the toolkit renders its messages everywhere else - <c>Loc.T</c>,
        /// <c>AddClef</c> - text values as they are; any other event as Serilog renders it (text values in quotes),
        /// which is what Serilog's own formatters write.
        /// </summary>
        private static string Render(LogEvent logEvent, bool toolkit, IFormatProvider formatProvider)
        {
            if (!toolkit)
                return logEvent.RenderMessage(formatProvider);
            StringWriter text = Scratch();
            foreach (MessageTemplateToken token in logEvent.MessageTemplate.Tokens)
            {
                if (token is TextToken literal)
                    text.Write(literal.Text);
                else if (token is PropertyToken hole && hole.Format is null && hole.Alignment is null
                    && logEvent.Properties.TryGetValue(hole.PropertyName, out LogEventPropertyValue? value) && value is ScalarValue { Value: string plain })
                    text.Write(plain);
                else
                    token.Render(logEvent.Properties, text, formatProvider);
            }

            return text.ToString();
        }

        private static StringWriter Scratch()
        {
            StringWriter scratch = t_scratch ??= new StringWriter(CultureInfo.InvariantCulture);
            System.Text.StringBuilder builder = scratch.GetStringBuilder();
            if (builder.Capacity > 16 * 1024)
                t_scratch = scratch = new StringWriter(CultureInfo.InvariantCulture);
            else
                builder.Clear();
            return scratch;
        }

        private static string? Text(LogEvent logEvent, string name) =>
            logEvent.Properties.TryGetValue(name, out LogEventPropertyValue? value) && value is ScalarValue { Value: string text } ? text : null;
    }
}
