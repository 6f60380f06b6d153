namespace I18nToolkit.Build.IO
{
    /// <summary>A file as a run last left it: its text, its bytes, and its size and write time then (see <see cref="GuardedFile"/>).</summary>
    internal sealed class KnownContent
    {
        public KnownContent(string text, byte[] bytes, (long Length, long Ticks)? stamp)
        {
            Text = text;
            Bytes = bytes;
            Stamp = stamp;
        }

        public string Text { get; }

        public byte[] Bytes { get; }

        public (long Length, long Ticks)? Stamp { get; }
    }
}
