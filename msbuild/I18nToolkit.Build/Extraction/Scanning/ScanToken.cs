namespace I18nToolkit.Build.Extraction.Scanning
{
    /// <summary>One significant token: where it is in the text, and its class.</summary>
    internal readonly struct ScanToken
    {
        public ScanToken(ScanTokenKind kind, int start, int length)
        {
            Kind = kind;
            Start = start;
            Length = length;
        }

        public ScanTokenKind Kind { get; }

        public int Start { get; }

        public int Length { get; }

        public int End => Start + Length;
    }
}
