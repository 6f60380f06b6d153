using System;

namespace I18nToolkit.Grammar.Translations
{
    /// <summary>
    /// The one set of rules a translation is held to: by the runtime when it renders, by the analyzers and the CLI when
    /// they report, by the build when it merges and by the log tools when they re-render a record. A value is the
    /// translated template; translators may keep the message's <c>"ID: "</c> start, which is not part of it. An empty
    /// value is an untranslated entry. A value must parse, have exactly the holes of the code's message (in any
    /// order), choose by the same plurals and selects, and give each plural its culture's CLDR categories
    /// (<see cref="ChoiceRules"/>); one that does not is never used.
    /// </summary>
    internal static class TranslationRules
    {
        /// <summary>
        /// The template part of a translation value: the value without a leading <c>"ID: "</c> of this message.
        /// <paramref name="offset"/> is where it starts in the value, for error positions.
        /// </summary>
        public static string TemplateText(string value, string id, out int offset)
        {
            if (value is null)
                throw new ArgumentNullException(nameof(value));
            offset = 0;
            if (id is not null && value.Length > id.Length + 1 && value.StartsWith(id, StringComparison.Ordinal)
                && string.CompareOrdinal(value, id.Length, MessageDefinition.Separator, 0, MessageDefinition.Separator.Length) == 0)
            {
                offset = id.Length + MessageDefinition.Separator.Length;
                return value.Substring(offset);
            }

            return value;
        }

        /// <summary>
        /// Holds the translation <paramref name="value"/> of message <paramref name="id"/> to the code's template, and
        /// its plurals to the CLDR categories of <paramref name="culture"/> (not checked when null).
        /// </summary>
        public static TranslationCheck Check(string? value, string id, MessageTemplate code, string? culture)
        {
            if (code is null)
                throw new ArgumentNullException(nameof(code));
            if (string.IsNullOrEmpty(value))
                return TranslationCheck.Empty;
            string text = TemplateText(value!, id, out int offset);
            if (!MessageTemplate.TryParse(text, offset, out MessageTemplate? translation, out MessageFormatError? error))
                return new TranslationCheck(TranslationVerdict.Malformed, null, error!.Message);
            string? difference = code.DescribeHoleDifference(translation!);
            if (difference is not null)
                return new TranslationCheck(TranslationVerdict.HolesDiffer, translation, "its holes differ from the code's (" + difference + ").");
            string? choices = ChoiceRules.DescribeStructureDifference(code, translation!)
                ?? (culture is null ? null : ChoiceRules.DescribeCategoryProblems(translation!, culture));
            return choices is null
                ? new TranslationCheck(TranslationVerdict.Usable, translation, null)
                : new TranslationCheck(TranslationVerdict.ChoicesDiffer, translation, "its plurals or selects are not right (" + choices + ").");
        }
    }
}
