using System.Collections.Generic;

namespace I18nToolkit.Build.Extraction
{
    /// <summary>What Roslyn's parse of one file found, over every conditional branch.</summary>
    internal sealed class ParsedSource
    {
        public ParsedSource(List<(int Line, int Column, string Value)> literals, List<FoldSite> folds, List<ExtractionProblem> problems)
        {
            Literals = literals;
            Folds = folds;
            Problems = problems;
        }

        /// <summary>Message literals by 1-based line and column, in text order.</summary>
        public List<(int Line, int Column, string Value)> Literals { get; }

        public List<FoldSite> Folds { get; }

        /// <summary>Branches whose messages cannot be extracted.</summary>
        public List<ExtractionProblem> Problems { get; }
    }
}
