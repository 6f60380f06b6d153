namespace I18nToolkit.Analyzers.Infrastructure
{
    /// <summary>What every message rule needs for one compilation.</summary>
    internal sealed class MessageRuleContext
    {
        public MessageRuleContext(KnownSymbols symbols, AnalyzerSettings settings, ParsedMessages parsed)
        {
            Symbols = symbols;
            Settings = settings;
            Parsed = parsed;
        }

        public KnownSymbols Symbols { get; }

        public AnalyzerSettings Settings { get; }

        public ParsedMessages Parsed { get; }
    }
}
