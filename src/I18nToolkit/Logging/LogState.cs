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
    /// <c>MessageId</c>, <c>MessagePrefix</c> and <c>{OriginalFormat}</c> (the English message from the code).
    /// Rendering happens only when a provider asks, in the UI culture of the thread that logged.
    /// </summary>
    internal readonly struct LogState<TMessage> : IReadOnlyList<KeyValuePair<string, object?>>
        where TMessage : struct, ILocalizedMessage
    {
        public const string MessageIdProperty = "MessageId";
        public const string MessagePrefixProperty = "MessagePrefix";
        public const string OriginalFormatProperty = "{OriginalFormat}";

        public static readonly Func<LogState<TMessage>, Exception?, string> Formatter = (state, _) => state.ToString();

        private readonly TMessage _message;
        private readonly MessageEntry _entry;
        private readonly Localizer _localizer;
        private readonly CultureInfo _uiCulture;
        private readonly CultureInfo _formatCulture;

        public LogState(in TMessage message, MessageEntry entry, Localizer localizer)
        {
            _message = message;
            _entry = entry;
            _localizer = localizer;
            _uiCulture = CultureInfo.CurrentUICulture;
            _formatCulture = CultureInfo.CurrentCulture;
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
                    1 => new KeyValuePair<string, object?>(MessagePrefixProperty, _localizer.Prefix),
                    2 => new KeyValuePair<string, object?>(OriginalFormatProperty, _entry.Text),
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

        public override string ToString() =>
            _message.Render(_entry.GetTemplate(_uiCulture, _localizer), _formatCulture);
    }
}
