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
    /// the record's language, so bridges that re-render from it, such as Serilog.Extensions.Logging and
    /// OpenTelemetry, show the same text) and, when a translation was used, <c>EnglishFormat</c> (the message as
    /// written in code). Rendering happens only when a provider asks, in the UI culture of the thread that logged.
    /// </summary>
    internal readonly struct LogState<TMessage> : IReadOnlyList<KeyValuePair<string, object?>>
        where TMessage : struct, ILocalizedMessage
    {
        public const string MessageIdProperty = LogPropertyNames.MessageId;
        public const string MessagePrefixProperty = LogPropertyNames.MessagePrefix;
        public const string OriginalFormatProperty = LogPropertyNames.OriginalFormat;
        public const string EnglishFormatProperty = LogPropertyNames.EnglishFormat;

        public static readonly Func<LogState<TMessage>, Exception?, string> Formatter = (state, _) => state.ToString();

        private readonly TMessage _message;
        private readonly MessageEntry _entry;
        private readonly MessageTemplate _template;
        private readonly CultureInfo _formatCulture;

        public LogState(in TMessage message, MessageEntry entry, Localizer localizer)
        {
            // The language is decided when the record is written, on the thread that wrote it; a provider that
            // formats later on another thread still renders the writer's language.
            _message = message;
            _entry = entry;
            _template = entry.GetTemplate(CultureInfo.CurrentUICulture);
            _formatCulture = CultureInfo.CurrentCulture;
        }

        public int Count => _entry.CodeTemplate.HoleNames.Count + (ReferenceEquals(_template, _entry.DisplayTemplate) ? 3 : 4);

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
                    2 => new KeyValuePair<string, object?>(OriginalFormatProperty, _template.Text),
                    3 when !ReferenceEquals(_template, _entry.DisplayTemplate) => new KeyValuePair<string, object?>(EnglishFormatProperty, _entry.Text),
                    _ => throw new ArgumentOutOfRangeException(nameof(index), index, $"The record has {Count} properties."),
                };
            }
        }

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            for (int i = 0; i < Count; i++)
                yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => _message.Render(_template, _formatCulture);
    }
}
