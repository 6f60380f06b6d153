using System.IO;

namespace I18nToolkit.Logging.Clef
{
    /// <summary>Where <see cref="ClefLoggerProvider"/> writes. Default: standard output.</summary>
    public sealed class ClefLoggerOptions
    {
        /// <summary>A file to append to (created with its folder when missing). Default: none, write to <see cref="Writer"/>.</summary>
        public string? Path { get; set; }

        /// <summary>A writer to write to when no <see cref="Path"/> is set. Default: <see cref="System.Console.Out"/>.</summary>
        public TextWriter? Writer { get; set; }

        /// <summary>Whether scope properties (the diagnostic context, <c>BeginScope</c> pairs) go into each record. Default: true.</summary>
        public bool IncludeScopes { get; set; } = true;
    }
}
