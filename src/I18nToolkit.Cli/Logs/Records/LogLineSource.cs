using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Threading;

namespace I18nToolkit.Cli.Logs.Records
{
    /// <summary>
    /// Log files or standard input as blocks of whole lines (memory stays flat whatever the file size; block buffers are
    /// pooled: the consumer returns each with <see cref="LogBlock.Release"/>). Gzip input is
    /// recognized by its magic bytes. With follow, the last file is read on as it grows, like <c>tail -f</c>, and read
    /// again from its start when it is truncated or replaced (log rotation).
    /// </summary>
    internal sealed class LogLineSource
    {
        private const int BlockSize = 1 << 20;

        /// <summary>The default longest line: 16 MiB, far beyond any real record (a stack trace is kilobytes).</summary>
        public const int DefaultMaxLineLength = 16 << 20;

        private readonly Stream? _stdin;
        private readonly int _maxLineLength;
        private readonly List<string> _problems = new List<string>();
        private long _bytesRead;

        /// <param name="stdin">Standard input, for tests.</param>
        /// <param name="maxLineLength">
        /// Longer lines are skipped and reported, so that one runaway line (or a gzip bomb without line breaks) cannot
        /// take all the memory there is: memory stays within a few times this.
        /// </param>
        public LogLineSource(Stream? stdin = null, int maxLineLength = DefaultMaxLineLength)
        {
            _stdin = stdin;
            _maxLineLength = Math.Max(maxLineLength, 1024);
        }

        /// <summary>The lines skipped for their length, with source and line number.</summary>
        public IReadOnlyList<string> Problems => _problems;

        /// <summary>How many lines were skipped for their length.</summary>
        public long SkippedLines { get; private set; }

        /// <summary>Bytes read so far, for progress reports.</summary>
        public long BytesRead => Interlocked.Read(ref _bytesRead);

        /// <summary>The size of the named files (standard input counts 0).</summary>
        public long TotalBytes { get; private set; }

        /// <summary>
        /// The blocks of every input, in order. A path of <c>-</c> (or no path at all) is standard input. While following,
        /// a block is handed over as soon as a line is complete.
        /// </summary>
        public IEnumerable<LogBlock> Read(IReadOnlyList<string> paths, bool follow, CancellationToken cancellation)
        {
            if (paths.Count == 0)
                paths = new[] { "-" };
            foreach (string path in paths)
            {
                if (path != "-" && !File.Exists(path))
                    throw new CliException($"{path}: no such file.");
                if (path != "-")
                    TotalBytes += new FileInfo(path).Length;
            }

            for (int i = 0; i < paths.Count; i++)
            {
                bool last = i == paths.Count - 1;
                foreach (LogBlock block in ReadOne(paths[i], follow && last && paths[i] != "-", cancellation))
                    yield return block;
            }
        }

        private IEnumerable<LogBlock> ReadOne(string path, bool follow, CancellationToken cancellation)
        {
            while (true)
            {
                long line = 1;
                using Stream stream = Open(path, out bool compressed, out byte[] identity);
                byte[] buffer = ArrayPool<byte>.Shared.Rent(BlockSize);
                int filled = 0;
                long consumed = 0;
                bool reopen = false;
                while (!cancellation.IsCancellationRequested)
                {
                    int read = stream.Read(buffer, filled, buffer.Length - filled);
                    if (read > 0)
                    {
                        Interlocked.Add(ref _bytesRead, read);
                        filled += read;
                        if (filled < buffer.Length && !follow)
                            continue; // fill the block
                    }
                    else if (follow && !compressed)
                    {
                        // Following: wait for more, and start over when the file was truncated or replaced.
                        if (cancellation.WaitHandle.WaitOne(200))
                            break;
                        if (Rotated(path, consumed + filled, identity))
                        {
                            reopen = true;
                            break;
                        }

                        continue;
                    }
                    else
                    {
                        break;
                    }

                    int end = Array.LastIndexOf(buffer, (byte)'\n', filled - 1, filled);
                    if (end < 0)
                    {
                        if (filled == buffer.Length)
                        {
                            if (filled >= _maxLineLength)
                            {
                                // A runaway line: skipped to its end, and said, never held whole.
                                long skipped = SkipToLineEnd(stream, buffer, ref filled);
                                SkippedLines++;
                                if (_problems.Count < 10)
                                    _problems.Add($"{path}:{line}: a line of {skipped:N0} bytes or more, longer than the {_maxLineLength:N0} allowed (--max-line-length); skipped.");
                                line++;
                                consumed += skipped + 1;
                                continue;
                            }

                            // A line longer than a block.
                            byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, Math.Max(_maxLineLength, BlockSize)));
                            Buffer.BlockCopy(buffer, 0, larger, 0, filled);
                            ArrayPool<byte>.Shared.Return(buffer);
                            buffer = larger;
                        }

                        continue;
                    }

                    // Hand over the whole lines; the rest starts the next block.
                    byte[] next = ArrayPool<byte>.Shared.Rent(Math.Max(BlockSize, filled - end - 1 + BlockSize / 2));
                    Buffer.BlockCopy(buffer, end + 1, next, 0, filled - end - 1);
                    var block = new LogBlock(path, line, buffer, end + 1);
                    line += CountLines(buffer, end + 1);
                    consumed += end + 1;
                    filled -= end + 1;
                    buffer = next;
                    yield return block;
                }

                if (filled > 0 && !reopen && !cancellation.IsCancellationRequested)
                    yield return new LogBlock(path, line, buffer, filled);
                else
                    ArrayPool<byte>.Shared.Return(buffer);
                if (!reopen)
                    yield break;
            }
        }

        /// <summary>
        /// Reads past the end of the line the full buffer starts; leaves what follows the line break at the buffer's
        /// start (<paramref name="filled"/> its length). Returns the bytes the line had (at least those read).
        /// </summary>
        private long SkipToLineEnd(Stream stream, byte[] buffer, ref int filled)
        {
            long skipped = filled;
            filled = 0;
            while (true)
            {
                int read = stream.Read(buffer, 0, buffer.Length);
                if (read <= 0)
                    return skipped;
                Interlocked.Add(ref _bytesRead, read);
                int end = Array.IndexOf(buffer, (byte)'\n', 0, read);
                if (end >= 0)
                {
                    Buffer.BlockCopy(buffer, end + 1, buffer, 0, read - end - 1);
                    filled = read - end - 1;
                    return skipped + end;
                }

                skipped += read;
            }
        }

        private static long CountLines(byte[] buffer, int length) => new ReadOnlySpan<byte>(buffer, 0, length).Count((byte)'\n');

        private Stream Open(string path, out bool compressed, out byte[] identity)
        {
            Stream stream = path == "-" ? (_stdin ?? Console.OpenStandardInput()) : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
            identity = path == "-" ? Array.Empty<byte>() : Identity(path, IdentityLength);
            var buffered = new BufferedStream(stream, 1 << 16);
            int first = buffered.ReadByte(), second = first < 0 ? -1 : buffered.ReadByte();
            compressed = first == 0x1F && second == 0x8B;
            var rest = new PrefixedStream(new[] { (byte)first, (byte)second }, first < 0 ? 0 : second < 0 ? 1 : 2, buffered);
            return compressed ? new GZipStream(rest, CompressionMode.Decompress) : rest;
        }

        private const int IdentityLength = 256;

        /// <summary>
        /// The first bytes of the file: what tells the file we opened from a new one that took its name (timestamps
        /// change on every write, and .NET exposes no inode). Log lines start with their time, so two files differ there.
        /// </summary>
        private static byte[] Identity(string path, int length)
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var head = new byte[Math.Min(length, file.Length)];
            int read = 0;
            while (read < head.Length)
            {
                int n = file.Read(head, read, head.Length - read);
                if (n == 0)
                    break;
                read += n;
            }

            return read == head.Length ? head : head.AsSpan(0, read).ToArray();
        }

        private static bool Rotated(string path, long consumed, byte[] identity)
        {
            try
            {
                var info = new FileInfo(path);
                if (!info.Exists)
                    return false; // between the move and the new file: wait
                if (info.Length < consumed)
                    return true; // truncated, or a shorter file took the name
                return !Identity(path, identity.Length).AsSpan().SequenceEqual(identity);
            }
            catch (IOException)
            {
                return false;
            }
        }
    }
}
