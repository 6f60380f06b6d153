using I18nToolkit.Grammar;

namespace I18nToolkit.Build.Extraction
{
    /// <summary>One use of a message in one file.</summary>
    internal sealed class FoundMessage
    {
        public FoundMessage(MessageDefinition definition, string path, int line)
        {
            Definition = definition;
            Path = path;
            Line = line;
        }

        public MessageDefinition Definition { get; }

        /// <summary>The file, as the project names it (relative, '/' separators).</summary>
        public string Path { get; }

        /// <summary>The 1-based line of the message literal.</summary>
        public int Line { get; }
    }
}
