using System;
using Microsoft.Extensions.Logging;

namespace I18nToolkit.Logging.Clef
{
    /// <summary>
    /// A Microsoft.Extensions.Logging provider writing CLEF lines (see <see cref="ClefLoggerOptions"/>), which
    /// <c>i18n logs filter</c>, Seq and Serilog's tools read. Records are written as UTF-8 straight into a buffer; to a
    /// file, they reach the operating system as <see cref="ClefLoggerOptions"/>' flush policy says. Lines never
    /// interleave. Dispose it (or the logger factory that made it) to write what is buffered and close the file.
    /// </summary>
    public sealed class ClefLoggerProvider : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        /// <summary>Creates the provider; with <see cref="ClefLoggerOptions.Path"/> the file is opened for appending now.</summary>
        /// <exception cref="ArgumentException">An option is out of range (see <see cref="ClefLoggerOptions"/>).</exception>
        /// <exception cref="System.IO.IOException">The file cannot be opened.</exception>
        public ClefLoggerProvider(ClefLoggerOptions? options = null)
            : this(options, null)
        {
        }

        internal ClefLoggerProvider(ClefLoggerOptions? options, Func<DateTime>? clock)
        {
            Options = options ?? new ClefLoggerOptions();
            Options.Validate();
            Output = Options.Path is not null
                ? new ClefFileOutput(Options, clock)
                : new ClefTextWriterOutput(Options.Writer ?? Console.Out);
        }

        internal ClefLoggerOptions Options { get; }

        internal ClefOutput Output { get; }

        internal IExternalScopeProvider ScopeProvider => _scopes;

        /// <summary>The file written now (with rolling, the current period's), or null when writing to a writer.</summary>
        public string? CurrentPath => (Output as ClefFileOutput)?.CurrentPath;

        /// <inheritdoc />
        public ILogger CreateLogger(string categoryName) => new ClefLogger(categoryName, this);

        /// <inheritdoc />
        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        /// <summary>Writes every buffered record to the file now.</summary>
        public void Flush() => Output.Flush();

        /// <inheritdoc />
        public void Dispose() => Output.Dispose();
    }
}
