using System;

namespace I18nToolkit.Logging.Clef
{
    /// <summary>Where finished CLEF lines go: a file (buffered, rolled) or a text writer (a line at a time).</summary>
    internal abstract class ClefOutput : IDisposable
    {
        /// <summary>Appends one line (without its newline); <paramref name="flushNow"/> writes it through before returning.</summary>
        public abstract void Append(ReadOnlySpan<byte> line, bool flushNow);

        /// <summary>Writes through everything appended so far.</summary>
        public abstract void Flush();

        public abstract void Dispose();
    }
}
