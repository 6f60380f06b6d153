namespace I18nToolkit.Build.Extraction
{
    /// <summary>A message the build could not extract, with its place (1-based line and column) and the reason.</summary>
    internal sealed class ExtractionProblem
    {
        /// <summary>A message that does not follow the grammar, or an ID with two texts: the analyzers report these too.</summary>
        public const string MessageCode = "I18NB002";

        /// <summary>A conditional branch whose messages cannot be extracted: only the build can tell.</summary>
        public const string BranchCode = "I18NB007";

        public ExtractionProblem(string path, int line, int column, string message, string code = MessageCode)
        {
            Path = path;
            Line = line;
            Column = column;
            Message = message;
            Code = code;
        }

        /// <summary>The diagnostic code: <see cref="MessageCode"/> or <see cref="BranchCode"/>.</summary>
        public string Code { get; }

        /// <summary>Whether the analyzers report the same defect in a build (then the build need not say it twice).</summary>
        public bool AnalyzersReportIt => Code == MessageCode;

        public string Path { get; }

        public int Line { get; }

        public int Column { get; }

        public string Message { get; }

        public override string ToString() => $"{Path}({Line},{Column}): {Message}";
    }
}
