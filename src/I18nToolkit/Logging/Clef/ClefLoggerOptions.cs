using System;
using System.IO;
using Microsoft.Extensions.Logging;

namespace I18nToolkit.Logging.Clef
{
    /// <summary>
    /// Where and how <see cref="ClefLoggerProvider"/> writes. Defaults: standard output; to a file, a 64 KiB buffer
    /// written to the operating system every second, at once for a <see cref="LogLevel.Warning"/> or above, when the
    /// process exits and when the logger factory is disposed.
    /// </summary>
    public sealed class ClefLoggerOptions
    {
        /// <summary>A file to append to (created with its folder when missing). Default: none, write to <see cref="Writer"/>.</summary>
        public string? Path { get; set; }

        /// <summary>A writer to write to when no <see cref="Path"/> is set, a line at a time. Default: <see cref="System.Console.Out"/>.</summary>
        public TextWriter? Writer { get; set; }

        /// <summary>Whether scope properties (the diagnostic context, <c>BeginScope</c> pairs) go into each record. Default: true.</summary>
        public bool IncludeScopes { get; set; } = true;

        /// <summary>
        /// Whether each record carries <c>@mt</c>, the template in the record's language. Default: true - it is CLEF's
        /// template: Seq and <c>i18n logs</c> read from it which properties are the message's holes, and
        /// <c>i18n logs filter --culture</c> checks a translation against it before rendering with it. False leaves it
        /// out (a quarter less a line); such records are still filtered, counted and shown, with their text.
        /// </summary>
        public bool IncludeMessageTemplate { get; set; } = true;

        /// <summary>
        /// Bytes of records kept in memory before they are written to the file. Default: 65,536. 0 writes every
        /// record to the operating system before the log call returns.
        /// </summary>
        public int BufferSize { get; set; } = 64 * 1024;

        /// <summary>
        /// How often buffered records are written to the file at the latest. Default: 1 second.
        /// <see cref="TimeSpan.Zero"/> or <see cref="System.Threading.Timeout.InfiniteTimeSpan"/>: only when the buffer
        /// is full, at <see cref="FlushLevel"/>, at exit and on dispose.
        /// </summary>
        public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>
        /// A record at this level or above is written to the operating system, with everything before it, before
        /// the log call returns: it survives the process being killed right after. Default: <see cref="LogLevel.Warning"/>.
        /// </summary>
        public LogLevel FlushLevel { get; set; } = LogLevel.Warning;

        /// <summary>Whether every write also asks the operating system to put the bytes on the device (fsync), so they survive a power loss. Default: false.</summary>
        public bool FlushToDisk { get; set; }

        /// <summary>Starts a new file every period, the period in its name (<c>app20261202.clef</c>). Default: <see cref="ClefRollingInterval.Infinite"/>.</summary>
        public ClefRollingInterval RollingInterval { get; set; } = ClefRollingInterval.Infinite;

        /// <summary>
        /// Starts a new file (<c>app_001.clef</c>, <c>app_002.clef</c>…) before one would grow beyond this many bytes.
        /// Default: null, no limit. Unlike Serilog.Sinks.File's 1 GB default, reaching it never stops the log.
        /// </summary>
        public long? FileSizeLimitBytes { get; set; }

        /// <summary>How many files of a rolled log to keep, the current one included; older ones are deleted when a new one starts. Default: 31. Null keeps all.</summary>
        public int? RetainedFileCountLimit { get; set; } = 31;

        /// <summary>
        /// Called when records cannot be written (disk full, file deleted, access denied) or an old file cannot be
        /// deleted, with an exception saying which file and how many records. Default: the message goes to standard error.
        /// </summary>
        public Action<Exception>? OnWriteError { get; set; }

        internal void Validate()
        {
            if (BufferSize < 0)
                throw new ArgumentOutOfRangeException(nameof(BufferSize), BufferSize, "ClefLoggerOptions.BufferSize must be 0 (write through) or more bytes.");
            if (FileSizeLimitBytes is <= 0)
                throw new ArgumentOutOfRangeException(nameof(FileSizeLimitBytes), FileSizeLimitBytes, "ClefLoggerOptions.FileSizeLimitBytes must be positive, or null for no limit.");
            if (RetainedFileCountLimit is < 1)
                throw new ArgumentOutOfRangeException(nameof(RetainedFileCountLimit), RetainedFileCountLimit, "ClefLoggerOptions.RetainedFileCountLimit must be at least 1, or null to keep every file.");
            if (FlushInterval < TimeSpan.Zero && FlushInterval != System.Threading.Timeout.InfiniteTimeSpan)
                throw new ArgumentOutOfRangeException(nameof(FlushInterval), FlushInterval, "ClefLoggerOptions.FlushInterval must not be negative.");
            if (Path is not null && Path.Trim().Length == 0)
                throw new ArgumentException("ClefLoggerOptions.Path is empty; set a file name or leave it null for standard output.", nameof(Path));
            if (Path is null && (RollingInterval != ClefRollingInterval.Infinite || FileSizeLimitBytes is not null))
                throw new ArgumentException("ClefLoggerOptions.RollingInterval and FileSizeLimitBytes need a Path: a writer cannot be rolled.", nameof(RollingInterval));
        }
    }
}
