namespace I18nToolkit.Grammar.Choices
{
    /// <summary>The ICU keyword of each choice kind, and a choice as diagnostics name it.</summary>
    internal static class ChoiceKinds
    {
        public static string Keyword(ChoiceKind kind) => kind switch
        {
            ChoiceKind.Plural => "plural",
            ChoiceKind.SelectOrdinal => "selectordinal",
            _ => "select",
        };

        /// <summary>"{Count, plural, ...}".</summary>
        public static string Head(string argument, ChoiceKind kind) => "{" + argument + ", " + Keyword(kind) + ", ...}";
    }
}
