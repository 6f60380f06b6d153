namespace I18nToolkit.Localization
{
    /// <summary>What went wrong while localizing a message. None of these is thrown: the English text is used instead.</summary>
    public enum LocalizationProblemKind
    {
        /// <summary>The message in code has no ID of the configured pattern, or its template is malformed; it is rendered as written.</summary>
        MalformedMessage = 1,

        /// <summary>A translation's template is malformed; the parent culture's translation or the English text is used.</summary>
        MalformedTranslation = 2,

        /// <summary>A translation's holes differ from the code's; the parent culture's translation or the English text is used.</summary>
        TranslationHolesMismatch = 3,

        /// <summary>The resources could not be read for a culture (for example a corrupt satellite assembly).</summary>
        ResourceReadFailed = 4,

        /// <summary>
        /// The Localizer's resources do not exist under the name it was given (for example an assembly built without the
        /// package's stamped resource name, whose RootNamespace differs from its name): no translation can be found, so
        /// messages are shown in English. Reported once per Localizer.
        /// </summary>
        ResourcesNotFound = 5,

        /// <summary>
        /// A translation's plurals or selects differ from the code's (a plural dropped, or on another argument), or a
        /// plural lacks a CLDR category of its culture or has one the culture never uses (Polish without <c>few</c>); the
        /// parent culture's translation or the English text is used.
        /// </summary>
        TranslationChoicesMismatch = 6,
    }
}
