using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using I18nToolkit.Cli.Logs.Expressions;
using I18nToolkit.Cli.Logs.Records;
using I18nToolkit.Grammar;

namespace I18nToolkit.Cli.Logs.Formatting
{
    /// <summary>
    /// One record as one line of text: <c>time LVL key message {context}</c>, then the exception's lines indented.
    /// Every value is neutralized (<see cref="SafeText"/>), so each record line starts with its own time. With
    /// translations, a toolkit record (it carries <c>MessagePrefix</c>, <c>MessageId</c> and its holes) is rendered
    /// again in their culture.
    /// </summary>
    internal sealed class RecordTextFormatter
    {
        private static readonly HashSet<string> Hidden = new HashSet<string>(StringComparer.Ordinal) { "MessageId", "MessagePrefix", "EnglishFormat", "EventId" };

        private readonly LogTranslations? _translations;

        public RecordTextFormatter(LogTranslations? translations) => _translations = translations;

        public string Format(LogRecord record)
        {
            var text = new StringBuilder(256);
            text.Append(SafeText.Neutralize(record.Timestamp ?? "-")).Append(' ').Append(Abbreviation(record.Level)).Append(' ');
            string? key = Key(record);
            if (key is not null)
                text.Append('[').Append(SafeText.Neutralize(key)).Append("] ");

            string template = record.MessageTemplate ?? string.Empty;
            string message = record.Message;
            if (key is not null && _translations is not null && MessageTemplate.TryParse(template, out MessageTemplate? recorded, out _))
            {
                string id = record.Get("MessageId").Text ?? string.Empty;
                if (_translations.TryGetTemplate(key, id, recorded!, out string translated))
                {
                    // As the Localizer renders it: the ID first when the record showed it, then the translated template.
                    string idText = id + MessageDefinition.Separator;
                    template = translated;
                    message = (message.StartsWith(idText, StringComparison.Ordinal) ? idText : string.Empty) + record.Render(translated, _translations.Culture);
                }
            }

            text.Append(SafeText.Neutralize(message));
            var holes = new HashSet<string>(StringComparer.Ordinal);
            if (MessageTemplate.TryParse(template, out MessageTemplate? parsed, out _))
                holes.UnionWith(parsed!.HoleNames);
            bool first = true;
            foreach (KeyValuePair<string, LogValue> property in record.Properties)
            {
                if (holes.Contains(property.Key) || Hidden.Contains(property.Key))
                    continue;
                text.Append(first ? " {" : ", ").Append(SafeText.Neutralize(property.Key)).Append('=').Append(SafeText.Neutralize(property.Value.ToString()));
                first = false;
            }

            if (!first)
                text.Append('}');
            if (!string.IsNullOrEmpty(record.Exception))
            {
                foreach (string line in record.Exception!.Replace("\r\n", "\n").Split('\n'))
                    text.Append("\n    ").Append(SafeText.Neutralize(line));
            }

            return text.ToString();
        }

        /// <summary><c>Prefix-ID</c> of a toolkit record, else null.</summary>
        public static string? Key(LogRecord record)
        {
            LogValue id = record.Get("MessageId"), prefix = record.Get("MessagePrefix");
            if (id.Kind != LogValueKind.String)
                return null;
            return prefix.Kind == LogValueKind.String ? prefix.Text + "-" + id.Text : id.Text;
        }

        private static string Abbreviation(string level) => SafeText.Neutralize(LogLevelNames.Abbreviation(level));
    }
}
