using System.Threading;
using I18nToolkit.Grammar;
using I18nToolkit.Localization;
using Serilog.Events;
using MessageTemplate = I18nToolkit.Grammar.MessageTemplate;
using SerilogTemplate = Serilog.Events.MessageTemplate;

namespace I18nToolkit.Logging
{
    /// <summary>
    /// What the Serilog logger builds once per message: the properties that identify it and Serilog's form of each
    /// culture's template. Kept in <see cref="MessageEntry.AdapterCache"/>, so it lives as long as the message does.
    /// </summary>
    internal sealed class SerilogMessageCache
    {
        private volatile (MessageTemplate Source, SerilogTemplate Converted)[] _templates = new (MessageTemplate, SerilogTemplate)[0];

        private SerilogMessageCache(MessageEntry entry, string prefix)
        {
            MessageTemplate code = entry.CodeTemplate;
            Captures = new HoleCapture[code.HoleNames.Count];
            for (int i = 0; i < Captures.Length; i++)
                Captures[i] = CaptureOf(code, code.HoleNames[i]);

            Prefix = new LogEventProperty(LogState<LocalizedString>.MessagePrefixProperty, new ScalarValue(prefix));
            EnglishFormat = new LogEventProperty(LogState<LocalizedString>.EnglishFormatProperty, new ScalarValue(entry.Text));
            if (entry.Key is not null)
            {
                MessageId = new LogEventProperty(LogState<LocalizedString>.MessageIdProperty, new ScalarValue(entry.Id.Value));
                EventId = new LogEventProperty("EventId", new StructureValue(new[]
                {
                    new LogEventProperty("Id", new ScalarValue(entry.Id.Number)),
                    new LogEventProperty("Name", new ScalarValue(entry.Key)),
                }));
            }
        }

        /// <summary>How each hole of the code's template (in <c>HoleNames</c> order) is captured.</summary>
        public HoleCapture[] Captures { get; }

        public LogEventProperty? MessageId { get; }

        public LogEventProperty? EventId { get; }

        public LogEventProperty Prefix { get; }

        /// <summary>The message as written in code; added when a translation was used.</summary>
        public LogEventProperty EnglishFormat { get; }

        public static SerilogMessageCache For(MessageEntry entry, Localizer localizer)
        {
            if (entry.AdapterCache is SerilogMessageCache cache)
                return cache;
            cache = new SerilogMessageCache(entry, localizer.Prefix);
            return Interlocked.CompareExchange(ref entry.AdapterCache, cache, null) as SerilogMessageCache ?? cache;
        }

        /// <summary>Serilog's form of <paramref name="template"/> (one of this message's culture templates).</summary>
        public SerilogTemplate GetTemplate(MessageTemplate template)
        {
            var templates = _templates;
            foreach (var (source, converted) in templates)
            {
                if (ReferenceEquals(source, template))
                    return converted;
            }

            SerilogTemplate created = SerilogTemplateConverter.Convert(template);
            var grown = new (MessageTemplate, SerilogTemplate)[templates.Length + 1];
            templates.CopyTo(grown, 0);
            grown[templates.Length] = (template, created);
            _templates = grown; // a lost race only builds one template twice
            return created;
        }

        private static HoleCapture CaptureOf(MessageTemplate template, string name)
        {
            foreach (MessageHole hole in template.Holes)
            {
                if (hole.Name == name)
                    return hole.Capture;
            }

            return HoleCapture.Default;
        }
    }
}
