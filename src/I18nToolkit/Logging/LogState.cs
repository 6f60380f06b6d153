using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using I18nToolkit.Grammar;
using I18nToolkit.Localization;

namespace I18nToolkit.Logging
{
    /// <summary>
    /// The state of a localized Microsoft.Extensions.Logging record: the holes as structured properties, then
    /// <c>MessageId</c>, <c>MessagePrefix</c>, <c>{OriginalFormat}</c> (the template the text was rendered from, in
    /// the record's language - for a plural or select, the branches this record's arguments chose - so bridges that
    /// re-render from it, such as Serilog.Extensions.Logging and OpenTelemetry, show the same text). Nothing that repeats another: the English text, the template in any other
    /// language and the event ID all follow from <c>MessagePrefix</c> and <c>MessageId</c>. Rendering happens only when
    /// a provider asks, in the logger's log culture.
    /// </summary>
    internal readonly struct LogState<TMessage> : IReadOnlyList<KeyValuePair<string, object?>>
        where TMessage : struct, ILocalizedMessage
    {
        public const string MessageIdProperty = LogPropertyNames.MessageId;
        public const string MessagePrefixProperty = LogPropertyNames.MessagePrefix;
        public const string OriginalFormatProperty = LogPropertyNames.OriginalFormat;

        // Read by every log call, so it is set before any provider sees a record; making it also registers the
        // state's CLEF writer, which the CLEF provider finds with a static field read (no reflection, no boxing).
        public static readonly Func<LogState<TMessage>, Exception?, string> Formatter = CreateFormatter();

        private readonly TMessage _message;
        private readonly MessageEntry _entry;
        private readonly MessageTemplate _template;
        private readonly CultureInfo _formatCulture;

        public LogState(in TMessage message, MessageEntry entry, CultureInfo culture, CultureInfo formatCulture)
        {
            // The language is the logger's log culture, decided here: a provider that formats later on another thread
            // renders the same text.
            _message = message;
            _entry = entry;
            _template = entry.GetTemplate(culture);
            _formatCulture = formatCulture;
        }

        public int Count => _entry.CodeTemplate.HoleNames.Count + 3;

        public KeyValuePair<string, object?> this[int index]
        {
            get
            {
                MessageTemplate template = _entry.CodeTemplate;
                int holes = template.HoleNames.Count;
                if ((uint)index < (uint)holes)
                {
                    int argument = template.NameArgumentIndexes[index];
                    object? value = argument < _message.ArgumentCount ? _message.GetArgument(argument) : null;
                    return new KeyValuePair<string, object?>(template.HoleNames[index], value);
                }

                return (index - holes) switch
                {
                    0 => new KeyValuePair<string, object?>(MessageIdProperty, _entry.Key is null ? null : _entry.Id.Value),
                    1 => new KeyValuePair<string, object?>(MessagePrefixProperty, _message.Localizer?.Prefix),
                    2 => new KeyValuePair<string, object?>(OriginalFormatProperty, _template.HasChoices ? ChosenFormat() : _template.Text),
                    _ => throw new ArgumentOutOfRangeException(nameof(index), index, $"The record has {Count} properties."),
                };
            }
        }

        /// <summary>
        /// A plural or select message's template for this record: the branches its arguments choose, as a plain message
        /// template, so bridges that render from <c>{OriginalFormat}</c> (Serilog.Extensions.Logging, OpenTelemetry) show
        /// the text this record's <see cref="ToString"/> shows. Built only when a provider reads it.
        /// </summary>
        private string ChosenFormat()
        {
            var arguments = new object?[_message.ArgumentCount];
            for (int i = 0; i < arguments.Length; i++)
                arguments[i] = _message.GetArgument(i);
            return TemplateWriter.WriteChosen(_template.Choose(_formatCulture, arguments));
        }

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            for (int i = 0; i < Count; i++)
                yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => _message.Render(_template, _formatCulture);

        /// <summary><c>@m</c> rendered into the line (and <c>@mt</c> when asked), then <c>@i</c>.</summary>
        internal void WriteClefMessage(Clef.Utf8LineBuffer line, bool includeTemplate)
        {
            line.WriteRaw(",\"@m\":\""u8);
            line.WriteMessage(in _message, _template, _formatCulture);
            line.WriteByte((byte)'"');
            if (includeTemplate)
            {
                line.WriteRaw(",\"@mt\":"u8);
                line.WriteString(_template.Text);
            }

            Clef.ClefMessageCache cache = Clef.ClefMessageCache.For(_entry);
            if (cache.EventTypeField is not null)
                line.WriteRaw(cache.EventTypeField);
            else
                Clef.ClefMessageCache.WriteEventType(line, EventType.Of(cache.Prefix, null, _template.Text));
        }

        /// <summary>The holes (typed, unboxed), then <c>MessageId</c> and <c>MessagePrefix</c>.</summary>
        internal void WriteClefProperties(Clef.Utf8LineBuffer line)
        {
            Clef.ClefMessageCache cache = Clef.ClefMessageCache.For(_entry);
            var arguments = new Clef.ClefArgumentWriter(line, cache);
            _message.VisitArguments(ref arguments);
            int count = _message.ArgumentCount;
            for (int i = 0; i < cache.HoleArguments.Length; i++)
            {
                // A hole the call gave no argument for: present, null - as the pairs other providers see have it.
                if (cache.HoleArguments[i] >= count && !line.HasKey(cache.HoleKeys[i]))
                {
                    line.WriteRaw(cache.HoleNames[i]);
                    line.WriteRaw("null"u8);
                    line.AddKey(cache.HoleKeys[i]);
                }
            }

            line.WriteRaw(cache.Identity);
            line.AddKey(MessageIdProperty);
            line.AddKey(MessagePrefixProperty);
        }

        private static Func<LogState<TMessage>, Exception?, string> CreateFormatter()
        {
            Clef.ClefStateWriter<LogState<TMessage>>.Instance = new Clef.LogStateClefWriter<TMessage>();
            return (state, _) => state.ToString();
        }
    }
}
