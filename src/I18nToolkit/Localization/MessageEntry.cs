using System.Globalization;
using I18nToolkit.Grammar;
using Microsoft.Extensions.Logging;

namespace I18nToolkit.Localization
{
    /// <summary>
    /// Everything a Localizer knows about one message text: its ID and key, the code's template, and the template
    /// resolved for each culture seen so far. Culture lookups after the first are lock-free and allocate nothing.
    /// </summary>
    internal sealed class MessageEntry
    {
        private static readonly CultureTemplate[] NoCultures = new CultureTemplate[0];

        private readonly object _resolveLock = new object();
        private volatile CultureTemplate[] _cultures = NoCultures;

        public MessageEntry(string text, MessageId id, string? key, MessageTemplate codeTemplate, MessageTemplate displayTemplate, string idText)
        {
            Text = text;
            Id = id;
            Key = key;
            CodeTemplate = codeTemplate;
            DisplayTemplate = displayTemplate;
            IdText = idText;
            EventId = new EventId(key is null ? 0 : id.Number, key);
        }

        /// <summary>The log record's event ID: the ID's number and the resource key (0 and null without an ID).</summary>
        public EventId EventId { get; }

        /// <summary>The message as written in code.</summary>
        public string Text { get; }

        /// <summary>The ID; empty when the message has none.</summary>
        public MessageId Id { get; }

        /// <summary>The resource key <c>Prefix-ID</c>, or null when the message has no valid ID.</summary>
        public string? Key { get; }

        /// <summary>The code's template (without the ID); its hole names are the record's property names.</summary>
        public MessageTemplate CodeTemplate { get; }

        /// <summary>The code's template as rendered (with the "ID: " prefix when configured).</summary>
        public MessageTemplate DisplayTemplate { get; }

        /// <summary>What rendered text starts with: "E131: " or empty.</summary>
        public string IdText { get; }

        /// <summary>
        /// A slot where a logging adapter keeps the objects it builds once per message (Serilog's properties and
        /// templates), so they live and die with the entry. Written with a benign race: builders are idempotent.
        /// </summary>
        public object? AdapterCache;

        public MessageTemplate GetTemplate(CultureInfo culture, Localizer owner)
        {
            CultureTemplate[] cultures = _cultures;
            for (int i = 0; i < cultures.Length; i++)
            {
                if (ReferenceEquals(cultures[i].Culture, culture))
                    return cultures[i].Template;
            }

            return Resolve(culture, owner);
        }

        private MessageTemplate Resolve(CultureInfo culture, Localizer owner)
        {
            lock (_resolveLock)
            {
                // Cultures created with new CultureInfo("de") are distinct objects with one name: match by name too,
                // so the cache is bounded by the number of culture names, not of CultureInfo instances.
                CultureTemplate[] cultures = _cultures;
                foreach (CultureTemplate known in cultures)
                {
                    if (ReferenceEquals(known.Culture, culture) || known.Culture.Name == culture.Name)
                        return known.Template;
                }

                MessageTemplate template = Key is null ? DisplayTemplate : owner.ResolveTranslation(this, culture);
                var grown = new CultureTemplate[cultures.Length + 1];
                cultures.CopyTo(grown, 0);
                grown[cultures.Length] = new CultureTemplate(culture, template);
                _cultures = grown;
                return template;
            }
        }
    }
}
