using System;

namespace I18nToolkit.Cli.Logs.Records
{
    /// <summary>One line of input (UTF-8, without its line break) and where it came from. The bytes are valid until the next line is read.</summary>
    internal readonly struct LogLine
    {
        public LogLine(string source, long number, ReadOnlyMemory<byte> bytes)
        {
            Source = source;
            Number = number;
            Bytes = bytes;
        }

        /// <summary>The file name, or <c>-</c> for standard input.</summary>
        public string Source { get; }

        /// <summary>1-based.</summary>
        public long Number { get; }

        public ReadOnlyMemory<byte> Bytes { get; }
    }
}
