namespace I18nToolkit.Grammar.Translations
{
    /// <summary>The outcome of holding one translation value to its message (see <see cref="TranslationRules.Check"/>).</summary>
    internal sealed class TranslationCheck
    {
        internal static readonly TranslationCheck Empty = new TranslationCheck(TranslationVerdict.Empty, null, null);

        internal TranslationCheck(TranslationVerdict verdict, MessageTemplate? template, string? problem)
        {
            Verdict = verdict;
            Template = template;
            Problem = problem;
        }

        public TranslationVerdict Verdict { get; }

        public bool IsUsable => Verdict == TranslationVerdict.Usable;

        /// <summary>The translation's template (without a kept "ID: " start), when it parses; not yet bound to the code's holes.</summary>
        public MessageTemplate? Template { get; }

        /// <summary>What is wrong (the parse error, or how the holes differ), or null.</summary>
        public string? Problem { get; }
    }
}
