using System;
using System.IO;
using System.Text;

namespace I18nToolkit.Logging.Clef
{
    /// <summary>Lines to a <see cref="TextWriter"/> (standard output by default), each written and flushed whole under a lock.</summary>
    internal sealed class ClefTextWriterOutput : ClefOutput
    {
        private readonly object _gate = new object();
        private readonly TextWriter _writer;
        private char[] _chars = new char[1024];

        public ClefTextWriterOutput(TextWriter writer)
        {
            _writer = writer;
        }

        public override unsafe void Append(ReadOnlySpan<byte> line, bool flushNow)
        {
            lock (_gate)
            {
                if (_chars.Length < line.Length)
                    _chars = new char[Math.Max(line.Length, _chars.Length * 2)];
                int count;
                fixed (byte* bytes = line)
                fixed (char* chars = _chars)
                {
                    count = Encoding.UTF8.GetChars(bytes, line.Length, chars, _chars.Length);
                }

                _writer.Write(_chars, 0, count);
                _writer.Write('\n');
                _writer.Flush();
            }
        }

        public override void Flush()
        {
            lock (_gate)
                _writer.Flush();
        }

        // The writer is the application's (or the console's): flushed, not closed.
        public override void Dispose() => Flush();
    }
}
