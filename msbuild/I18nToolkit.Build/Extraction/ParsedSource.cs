using System.Collections.Generic;

namespace I18nToolkit.Build.Extraction
{
    /// <summary>What Roslyn's parse of one file found, over every conditional branch.</summary>
    internal sealed class ParsedSource
    {
        public ParsedSource(List<(int Line, int Column, string Value)> literals, List<(int Line, int Column, string Value)> named,
            List<FoldSite> folds, List<ExtractionProblem> problems)
        {
            Literals = literals;
            Named = named;
            Folds = folds;
            Problems = problems;
        }

        /// <summary>Message literals by 1-based line and column, in text order.</summary>
        public List<(int Line, int Column, string Value)> Literals { get; }

        /// <summary>
        /// Literals that are messages only when they start with a valid ID: an indexer's name
        /// (<c>IStringLocalizer["E131: …"]</c>) or a data-annotation text (<c>ErrorMessage = "E302: …"</c>). Without an ID they
        /// are Microsoft.Extensions.Localization's plain names, none of the build's business.
        /// </summary>
        public List<(int Line, int Column, string Value)> Named { get; }

        public List<FoldSite> Folds { get; }

        /// <summary>Branches whose messages cannot be extracted.</summary>
        public List<ExtractionProblem> Problems { get; }
    }
}
