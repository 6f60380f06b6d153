using System;
using System.IO;
using System.Text;
using Microsoft.Extensions.Logging;

namespace I18nToolkit.Logging.Clef
{
    /// <summary>
    /// A Microsoft.Extensions.Logging provider writing CLEF lines (see <see cref="ClefLoggerOptions"/>), which
    /// <c>i18n logs filter</c>, Seq and Serilog's tools read. Each line is written and flushed whole before the call
    /// returns, under a lock: nothing is lost when the process ends, and lines never interleave.
    /// </summary>
    public sealed class ClefLoggerProvider : ILoggerProvider, ISupportExternalScope
    {
        private readonly object _gate = new object();
        private readonly TextWriter _writer;
        private readonly bool _ownsWriter;
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        /// <summary>Creates the provider; with <see cref="ClefLoggerOptions.Path"/> the file is opened for appending now.</summary>
        public ClefLoggerProvider(ClefLoggerOptions? options = null)
        {
            Options = options ?? new ClefLoggerOptions();
            if (Options.Path is not null)
            {
                string? folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Options.Path));
                if (folder is not null)
                    Directory.CreateDirectory(folder);
                var stream = new FileStream(Options.Path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
                _writer = new StreamWriter(stream, new UTF8Encoding(false));
                _ownsWriter = true;
            }
            else
            {
                _writer = Options.Writer ?? Console.Out;
            }
        }

        internal ClefLoggerOptions Options { get; }

        internal IExternalScopeProvider ScopeProvider => _scopes;

        /// <inheritdoc />
        public ILogger CreateLogger(string categoryName) => new ClefLogger(categoryName, this);

        /// <inheritdoc />
        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        /// <inheritdoc />
        public void Dispose()
        {
            lock (_gate)
            {
                _writer.Flush();
                if (_ownsWriter)
                    _writer.Dispose();
            }
        }

        internal void Write(string line)
        {
            lock (_gate)
            {
                _writer.Write(line);
                _writer.Write('\n');
                _writer.Flush();
            }
        }
    }
}
