using System;
using I18nToolkit.Grammar;
using I18nToolkit.Localization;
using Serilog.Events;
using MessageTemplate = I18nToolkit.Grammar.MessageTemplate;
using SerilogTemplate = Serilog.Events.MessageTemplate;

namespace I18nToolkit.Logging
{
    /// <summary>
    /// What the Serilog logger builds once per message: the properties that identify it and Serilog's form of each
    /// culture's template. Kept as the entry's adapter state (<see cref="MessageEntry.GetAdapterState{TState}"/>), so it lives as long as the message does.
    /// </summary>
    internal sealed class SerilogMessageCache
    {
        private volatile (MessageTemplate Source, SerilogTemplate Converted)[] _templates = new (MessageTemplate, SerilogTemplate)[0];

        private static readonly Func<MessageEntry, SerilogMessageCache> Create = entry => new SerilogMessageCache(entry);

        private SerilogMessageCache(MessageEntry entry)
        {
            MessageTemplate code = entry.CodeTemplate;
            string prefix = entry.Localizer.Prefix;
            ArgumentIndexes = new int[code.HoleNames.Count];
            for (int i = 0; i < ArgumentIndexes.Length; i++)
                ArgumentIndexes[i] = code.HoleArgumentIndexes[i];
            Captures = new HoleCapture[code.HoleNames.Count];
            for (int i = 0; i < Captures.Length; i++)
                Captures[i] = CaptureOf(code, code.HoleNames[i]);

            Names = new string[code.HoleNames.Count];
            for (int i = 0; i < Names.Length; i++)
                Names[i] = code.HoleNames[i];
            Prefix = new LogEventProperty(LogPropertyNames.MessagePrefix, new ScalarValue(prefix));
            if (entry.Key is not null)
                MessageId = new LogEventProperty(LogPropertyNames.MessageId, new ScalarValue(entry.Id.Value));
        }

        /// <summary>The code template's hole names, in <c>HoleNames</c> order.</summary>
        public string[] Names { get; }

        /// <summary>For each hole name of the code's template (in <c>HoleNames</c> order), the argument it takes.</summary>
        public int[] ArgumentIndexes { get; }

        /// <summary>How each hole of the code's template (in <c>HoleNames</c> order) is captured.</summary>
        public HoleCapture[] Captures { get; }

        public LogEventProperty? MessageId { get; }

        public LogEventProperty Prefix { get; }

        public static SerilogMessageCache For(MessageEntry entry) => entry.GetAdapterState(Create);

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
