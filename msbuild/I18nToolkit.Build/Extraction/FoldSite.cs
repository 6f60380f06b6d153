using System.Collections.Generic;

namespace I18nToolkit.Build.Extraction
{
    /// <summary>
    /// A message argument that is not a literal but may be a constant (<c>Loc.X(Texts.NotFound)</c>,
    /// <c>Loc.X(Prefix + "…")</c>, <c>Loc.X($"{Id}: …")</c>): where it is, and under which preprocessor symbols it is
    /// live. Its value depends on other files, so it is folded for the whole project (<see cref="ConstantFolder"/>).
    /// </summary>
    internal sealed class FoldSite
    {
        public FoldSite(int line, int column, int start, int length, IReadOnlyList<string> symbols)
        {
            Line = line;
            Column = column;
            Start = start;
            Length = length;
            Symbols = symbols;
        }

        /// <summary>The 1-based line and column of the argument.</summary>
        public int Line { get; }

        public int Column { get; }

        /// <summary>The argument's span in the file's text.</summary>
        public int Start { get; }

        public int Length { get; }

        /// <summary>The preprocessor symbols of the parse it was found in (empty: live in every configuration).</summary>
        public IReadOnlyList<string> Symbols { get; }
    }
}
