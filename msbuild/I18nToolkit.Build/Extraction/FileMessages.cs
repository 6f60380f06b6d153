using System.Collections.Generic;

namespace I18nToolkit.Build.Extraction
{
    /// <summary>
    /// What one source file holds: its messages, the messages it holds that cannot be extracted, and the message arguments
    /// that may be constants (folded for the whole project).
    /// </summary>
    internal sealed class FileMessages
    {
        private static readonly FoldSite[] NoFolds = new FoldSite[0];

        public static readonly FileMessages None = new FileMessages(new FoundMessage[0], new ExtractionProblem[0]);

        public FileMessages(IReadOnlyList<FoundMessage> messages, IReadOnlyList<ExtractionProblem> problems, IReadOnlyList<FoldSite>? folds = null)
        {
            Messages = messages;
            Problems = problems;
            Folds = folds ?? NoFolds;
        }

        public IReadOnlyList<FoldSite> Folds { get; }

        public IReadOnlyList<FoundMessage> Messages { get; }

        public IReadOnlyList<ExtractionProblem> Problems { get; }
    }
}
