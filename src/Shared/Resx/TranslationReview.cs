using System;
using I18nToolkit.Grammar;
using I18nToolkit.Grammar.Translations;

namespace I18nToolkit.Resx
{
    /// <summary>
    /// One message's entry in one culture file held to the translation rules (<see cref="TranslationRules"/>) and the
    /// merge's markers (<see cref="TranslationMarkers"/>): the answer the analyzers, <c>i18n check</c> and the XLIFF export
    /// all give. A value is what counts: a filled-in entry still marked <c>[i18n untranslated]</c> is a translation (the
    /// runtime uses it, and the next build's merge records its source); an empty value is missing whatever its markers.
    /// </summary>
    internal sealed class TranslationReview
    {
        private TranslationReview(TranslationStatus status, TranslationCheck check, TranslationMarkers markers)
        {
            Status = status;
            Check = check;
            Markers = markers;
        }

        public TranslationStatus Status { get; }

        /// <summary>The value held to the code's message.</summary>
        public TranslationCheck Check { get; }

        public TranslationMarkers Markers { get; }

        /// <param name="value">The entry's value; null when there is no entry.</param>
        /// <param name="comment">The entry's comment.</param>
        /// <param name="message">The message in code.</param>
        /// <param name="culture">The file's culture, whose plural categories the value's plurals must have.</param>
        public static TranslationReview Of(string? value, string? comment, MessageDefinition message, string? culture)
        {
            if (message is null)
                throw new ArgumentNullException(nameof(message));
            TranslationMarkers markers = TranslationMarkers.Parse(comment);
            TranslationCheck check = TranslationRules.Check(value, message.Id.Value, message.Template, culture);
            TranslationStatus status = check.Verdict switch
            {
                TranslationVerdict.Empty => TranslationStatus.Missing,
                TranslationVerdict.Usable when IsStale(markers, message.Text) => TranslationStatus.Stale,
                TranslationVerdict.Usable => TranslationStatus.Translated,
                _ => TranslationStatus.Unusable,
            };
            return new TranslationReview(status, check, markers);
        }

        /// <summary>
        /// Whether a translation was made from an English text other than <paramref name="english"/>: marked stale by a
        /// merge and not checked since, or recording another source. An untranslated entry just filled in is current.
        /// </summary>
        public static bool IsStale(TranslationMarkers markers, string english) =>
            markers.Stale || (!markers.Untranslated && markers.SourceHash is not null && markers.SourceHash != TranslationMarkers.HashSource(english));
    }
}
