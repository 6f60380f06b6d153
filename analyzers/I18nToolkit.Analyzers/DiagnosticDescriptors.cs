using System.Linq;
using Microsoft.CodeAnalysis;

namespace I18nToolkit.Analyzers
{
    /// <summary>The descriptors of every rule; each links its help page, <c>docs/rules/ID.md</c> in the repository.</summary>
    internal static class DiagnosticDescriptors
    {
        // First: the descriptors below read it while the type initializes.
        private static readonly string RulesUrl = typeof(DiagnosticDescriptors).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .OfType<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "I18nToolkit.RulesUrl")?.Value ?? "https://github.com/i18ntoolkit/i18ntoolkit/blob/main/docs/rules/";

        private const string Messages = "I18nToolkit.Messages";
        private const string Logging = "I18nToolkit.Logging";
        private const string Translations = "I18nToolkit.Translations";

        public static readonly DiagnosticDescriptor NonConstantMessage = Create(
            DiagnosticIds.NonConstantMessage, "Localized message is not a compile-time constant",
            "The message passed to {0} must be a compile-time constant so the build can extract it; found {1}",
            Messages, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidMessageId = Create(
            DiagnosticIds.InvalidMessageId, "Localized message has no valid ID",
            "The message has no valid ID: {0}",
            Messages, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor MalformedTemplate = Create(
            DiagnosticIds.MalformedTemplate, "Localized message template is malformed",
            "The message template is malformed: {0}",
            Messages, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor HoleArgumentMismatch = Create(
            DiagnosticIds.HoleArgumentMismatch, "Holes and arguments do not match",
            "Message {0} takes {1} argument(s) ({2}) but {3} are passed",
            Messages, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor DuplicateMessageId = Create(
            DiagnosticIds.DuplicateMessageId, "One message ID is used with two texts",
            "Message ID {0} is used with another text at {1}: \"{2}\"",
            Messages, DiagnosticSeverity.Error, WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor PlainStringLogCall = Create(
            DiagnosticIds.PlainStringLogCall, "Log call with a plain string message",
            "{0} logs a plain string; log a localized message instead: {1}.{2}(Loc.X(\"{3}123: …\", …))",
            Logging, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor LiteralExceptionMessage = Create(
            DiagnosticIds.LiteralExceptionMessage, "Exception thrown with a literal message",
            "{0} is thrown with a literal message; throw a LocalizedException (or your own type deriving from it) with Loc.X(\"E123: …\") so readers get their language",
            Logging, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor TranslationHolesMismatch = Create(
            DiagnosticIds.TranslationHolesMismatch, "Translation's holes differ from the code's",
            "The {0} translation of {1} is not used: {2}",
            Translations, DiagnosticSeverity.Error, WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor TranslationChoicesMismatch = Create(
            DiagnosticIds.TranslationChoicesMismatch, "Translation's plurals or selects are not its culture's",
            "The {0} translation of {1} is not used: {2}",
            Translations, DiagnosticSeverity.Error, WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor SourcePluralCategories = Create(
            DiagnosticIds.SourcePluralCategories, "Message's plural categories are not English's",
            "The message's plurals do not have English's categories: {0}",
            Messages, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor MissingTranslation = Create(
            DiagnosticIds.MissingTranslation, "Message has no translation",
            "Message {0} has no {1} translation in {2}",
            Translations, DiagnosticSeverity.Info, WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor ObsoleteTranslation = Create(
            DiagnosticIds.ObsoleteTranslation, "Translation of a message no longer in code",
            "{0} translates {1}, which is no longer used in code",
            Translations, DiagnosticSeverity.Info, WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor StaleTranslation = Create(
            DiagnosticIds.StaleTranslation, "Translation of an English text that has changed",
            "The {0} translation of {1} was made from an older English text; check it against \"{2}\"",
            Translations, DiagnosticSeverity.Warning, WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor UnreadableTranslationFile = Create(
            DiagnosticIds.UnreadableTranslationFile, "Translation file cannot be read",
            "{0}",
            Translations, DiagnosticSeverity.Error, WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor UnextractableConstant = Create(
            DiagnosticIds.UnextractableConstant, "Localized message is a constant the build cannot extract",
            "The message is a constant the build cannot extract, so it could never be translated: {0}",
            Messages, DiagnosticSeverity.Error);

        private static DiagnosticDescriptor Create(string id, string title, string message, string category,
            DiagnosticSeverity severity, params string[] tags) =>
            new DiagnosticDescriptor(id, title, message, category, severity, isEnabledByDefault: true,
                helpLinkUri: RulesUrl + id + ".md", customTags: tags);
    }
}
