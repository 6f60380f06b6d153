using System.IO;

namespace I18nToolkit.Build.IO
{
    /// <summary>A file a person kept saving could not be rewritten safely; the message says where every save is.</summary>
    internal sealed class GuardedFileException : IOException
    {
        public GuardedFileException(string path, string message)
            : base(message)
        {
            Path = path;
        }

        public string Path { get; }
    }
}
