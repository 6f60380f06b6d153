namespace I18nToolkit.Build.Extraction
{
    /// <summary>A message the build could not extract, with its place (1-based line and column) and the reason.</summary>
    internal sealed class ExtractionProblem
    {
        public ExtractionProblem(string path, int line, int column, string message)
        {
            Path = path;
            Line = line;
            Column = column;
            Message = message;
        }

        public string Path { get; }

        public int Line { get; }

        public int Column { get; }

        public string Message { get; }

        public override string ToString() => $"{Path}({Line},{Column}): {Message}";
    }
}
