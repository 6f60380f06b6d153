namespace I18nToolkit.Analyzers
{
    /// <summary>Every diagnostic ID of the toolkit, in one place.</summary>
    internal static class DiagnosticIds
    {
        public const string NonConstantMessage = "I18N0001";
        public const string InvalidMessageId = "I18N0002";
        public const string MalformedTemplate = "I18N0003";
        public const string HoleArgumentMismatch = "I18N0004";
        public const string DuplicateMessageId = "I18N0005";
        public const string PlainStringLogCall = "I18N0006";
        public const string LiteralExceptionMessage = "I18N0007";
        public const string TranslationHolesMismatch = "I18N0008";
        public const string MissingTranslation = "I18N0009";
        public const string ObsoleteTranslation = "I18N0010";
        public const string StaleTranslation = "I18N0011";
        public const string UnreadableTranslationFile = "I18N0012";
        public const string UnextractableConstant = "I18N0013";
        public const string TranslationChoicesMismatch = "I18N0014";
        public const string SourcePluralCategories = "I18N0015";
    }
}
