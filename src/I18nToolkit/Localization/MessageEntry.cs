using System;
using System.Globalization;
using System.Threading;
using I18nToolkit.Logging;
using I18nToolkit.Grammar;
using Microsoft.Extensions.Logging;

namespace I18nToolkit.Localization
{
    /// <summary>
    /// Everything a Localizer knows about one message text: its ID and key, the code's template, and the template
    /// resolved for each culture seen so far. Culture lookups after the first are lock-free and allocate nothing.
    /// </summary>
    /// <remarks>
    /// Obtained from <see cref="Localizer.GetEntry"/>; meant for logging adapters (the toolkit's Serilog logger is
    /// one), which read the ID, the templates and keep what they build once per message with
    /// <see cref="GetAdapterState{TState}"/>.
    /// </remarks>
    public sealed class MessageEntry
    {
        private static readonly CultureTemplate[] NoCultures = new CultureTemplate[0];

        private readonly object _resolveLock = new object();
        private volatile CultureTemplate[] _cultures = NoCultures;

        private object? _adapterState;

        internal MessageEntry(Localizer localizer, string text, MessageId id, string? key, MessageTemplate codeTemplate, MessageTemplate displayTemplate, string idText)
        {
            Localizer = localizer;
            Text = text;
            Id = id;
            Key = key;
            CodeTemplate = codeTemplate;
            DisplayTemplate = displayTemplate;
            IdText = idText;
            EventId = new EventId(key is null ? 0 : id.Number, key);
        }

        /// <summary>The Localizer this entry belongs to (whose resources and prefix it uses).</summary>
        public Localizer Localizer { get; }

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
        /// What a logging adapter builds once per message (Serilog's properties and templates, say), kept with the entry
        /// so it lives and dies with it: built by <paramref name="create"/> on first use, one state per
        /// <typeparamref name="TState"/>. <paramref name="create"/> may run more than once when threads race; one
        /// result is kept.
        /// </summary>
        /// <typeparam name="TState">The adapter's own type (one state per type).</typeparam>
        /// <param name="create">Builds the state from the entry; must not return null.</param>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public TState GetAdapterState<TState>(Func<MessageEntry, TState> create)
            where TState : class => Volatile.Read(ref _adapterState) as TState ?? AdapterState.GetOrAdd(ref _adapterState, this, create);

        /// <summary>
        /// The template the message renders with in <paramref name="culture"/>: the translation found along the culture
        /// chain, or <see cref="DisplayTemplate"/>. Cached per culture name; lookups after the first allocate nothing.
        /// </summary>
        public MessageTemplate GetTemplate(CultureInfo culture)
        {
            if (culture is null)
                throw new ArgumentNullException(nameof(culture));
            CultureTemplate[] cultures = _cultures;
            for (int i = 0; i < cultures.Length; i++)
            {
                if (ReferenceEquals(cultures[i].Culture, culture))
                    return cultures[i].Template;
            }

            return Resolve(culture);
        }

        private MessageTemplate Resolve(CultureInfo culture)
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

                MessageTemplate template = Key is null ? DisplayTemplate : Localizer.ResolveTranslation(this, culture);
                var grown = new CultureTemplate[cultures.Length + 1];
                cultures.CopyTo(grown, 0);
                grown[cultures.Length] = new CultureTemplate(culture, template);
                _cultures = grown;
                return template;
            }
        }
    }
}
