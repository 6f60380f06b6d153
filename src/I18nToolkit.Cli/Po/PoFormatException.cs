using System;

namespace I18nToolkit.Cli.Po
{
    /// <summary>A PO file gettext would refuse: where (line and column) and what was expected.</summary>
    internal sealed class PoFormatException : Exception
    {
        public PoFormatException(string path, int line, int column, string problem)
            : base($"{path}({line},{column}): {problem}")
        {
            Path = path;
            Line = line;
            Column = column;
            Problem = problem;
        }

        public string Path { get; }

        public int Line { get; }

        public int Column { get; }

        public string Problem { get; }
    }
}
