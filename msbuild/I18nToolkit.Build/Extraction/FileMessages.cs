using System.Collections.Generic;

namespace I18nToolkit.Build.Extraction
{
    /// <summary>What one source file holds: its messages and the messages it holds that cannot be extracted.</summary>
    internal sealed class FileMessages
    {
        public static readonly FileMessages None = new FileMessages(new FoundMessage[0], new ExtractionProblem[0]);

        public FileMessages(IReadOnlyList<FoundMessage> messages, IReadOnlyList<ExtractionProblem> problems)
        {
            Messages = messages;
            Problems = problems;
        }

        public IReadOnlyList<FoundMessage> Messages { get; }

        public IReadOnlyList<ExtractionProblem> Problems { get; }
    }
}
