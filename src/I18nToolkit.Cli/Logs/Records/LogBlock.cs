using System;
using System.Collections.Generic;

namespace I18nToolkit.Cli.Logs.Records
{
    /// <summary>
    /// A run of whole lines read in one piece (about a megabyte), with its own buffer, so blocks can be scanned in
    /// parallel and their results written in order.
    /// </summary>
    internal sealed class LogBlock
    {
        public LogBlock(string source, long firstLine, byte[] buffer, int length)
        {
            Source = source;
            FirstLine = firstLine;
            Buffer = buffer;
            Length = length;
        }

        public string Source { get; }

        /// <summary>The 1-based number of the block's first line in its source.</summary>
        public long FirstLine { get; }

        public byte[] Buffer { get; }

        public int Length { get; }

        /// <summary>Gives the buffer back to the pool; the block's lines are gone after this.</summary>
        public void Release() => System.Buffers.ArrayPool<byte>.Shared.Return(Buffer);

        /// <summary>The block's lines, without their line breaks (a trailing CR is dropped too).</summary>
        public IEnumerable<LogLine> Lines()
        {
            long number = FirstLine;
            int start = 0;
            while (start < Length)
            {
                int end = Array.IndexOf(Buffer, (byte)'\n', start, Length - start);
                int next = end < 0 ? Length : end + 1;
                if (end < 0)
                    end = Length;
                if (end > start && Buffer[end - 1] == '\r')
                    end--;
                yield return new LogLine(Source, number++, new ReadOnlyMemory<byte>(Buffer, start, end - start));
                start = next;
            }
        }
    }
}
