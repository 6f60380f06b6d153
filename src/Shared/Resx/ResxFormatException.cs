using System;

namespace I18nToolkit.Resx
{
    /// <summary>A <c>.resx</c> file that cannot be used: malformed XML, a DTD, a non-string entry or a duplicate key.</summary>
    internal sealed class ResxFormatException : Exception
    {
        public ResxFormatException(string path, int line, int column, string problem, Exception? inner = null)
            : base($"{path}({line},{column}): {problem}", inner)
        {
            Path = path;
            Line = line;
            Column = column;
            Problem = problem;
        }

        /// <summary>The file.</summary>
        public string Path { get; }

        /// <summary>The 1-based line of the problem.</summary>
        public int Line { get; }

        /// <summary>The 1-based column of the problem.</summary>
        public int Column { get; }

        /// <summary>What is wrong, without the location.</summary>
        public string Problem { get; }
    }
}
