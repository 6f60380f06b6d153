using System.Collections.Generic;
using I18nToolkit.Build.Catalog;

namespace I18nToolkit.Build.Generation
{
    /// <summary>What a run found and did.</summary>
    internal sealed class GenerationResult
    {
        public GenerationResult(bool succeeded, IReadOnlyList<ExtractedMessage> messages, IReadOnlyList<CultureMerge> cultures, bool neutralChanged, int filesRead, int filesCached)
        {
            Succeeded = succeeded;
            Messages = messages;
            Cultures = cultures;
            NeutralChanged = neutralChanged;
            FilesRead = filesRead;
            FilesCached = filesCached;
        }

        /// <summary>False when a culture file could not be read (reported as an error, file untouched).</summary>
        public bool Succeeded { get; }

        public IReadOnlyList<ExtractedMessage> Messages { get; }

        public IReadOnlyList<CultureMerge> Cultures { get; }

        /// <summary>Whether the neutral file's content changed (was written, or would be when not writing).</summary>
        public bool NeutralChanged { get; }

        public int FilesRead { get; }

        public int FilesCached { get; }
    }
}
