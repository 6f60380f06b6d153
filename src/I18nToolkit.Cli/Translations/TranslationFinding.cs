namespace I18nToolkit.Cli.Translations
{
    /// <summary>One issue with one entry: the resource key, where (line 0 when the entry does not exist) and what.</summary>
    internal sealed class TranslationFinding
    {
        public TranslationFinding(TranslationIssue issue, string key, int line, string detail)
        {
            Issue = issue;
            Key = key;
            Line = line;
            Detail = detail;
        }

        public TranslationIssue Issue { get; }

        public string Key { get; }

        public int Line { get; }

        public string Detail { get; }
    }
}
