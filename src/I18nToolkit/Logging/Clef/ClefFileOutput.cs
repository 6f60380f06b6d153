using System;
using System.IO;
using System.Threading;

namespace I18nToolkit.Logging.Clef
{
    /// <summary>
    /// Lines to a file through one buffer of <see cref="ClefLoggerOptions.BufferSize"/> bytes, written to the
    /// operating system when it is full, when a record at <see cref="ClefLoggerOptions.FlushLevel"/> or above is
    /// appended, every <see cref="ClefLoggerOptions.FlushInterval"/>, when the process exits and on dispose. Once
    /// written, a line survives the process being killed. Rolls by period and size and keeps
    /// <see cref="ClefLoggerOptions.RetainedFileCountLimit"/> files. A failure to write is reported, never swallowed.
    /// </summary>
    internal sealed class ClefFileOutput : ClefOutput
    {
        private readonly object _gate = new object();
        private readonly ClefLoggerOptions _options;
        private readonly ClefFileNames _names;
        private readonly Func<DateTime> _now;
        private readonly byte[] _buffer;
        private readonly Timer? _timer;
        private readonly EventHandler _onExit;
        private FileStream? _stream;
        private DateTime _periodStart;
        private DateTime _nextPeriod;
        private int _sequence;
        private long _fileLength;
        private int _buffered;
        private int _bufferedLines;
        private bool _disposed;
        private bool _exiting;
        private bool _reporting;

        public ClefFileOutput(ClefLoggerOptions options, Func<DateTime>? now = null)
        {
            _options = options;
            _now = now ?? (() => DateTime.Now);
            _names = new ClefFileNames(options.Path!, options.RollingInterval);
            _buffer = new byte[Math.Max(options.BufferSize, 0) + 1];
            Directory.CreateDirectory(_names.Folder);
            lock (_gate)
                OpenCurrent(_now(), roll: false);

            TimeSpan interval = options.FlushInterval;
            if (interval > TimeSpan.Zero && interval != Timeout.InfiniteTimeSpan && options.BufferSize > 0)
                _timer = new Timer(static state => ((ClefFileOutput)state!).Flush(), this, interval, interval);
            _onExit = (_, _) => OnProcessExit();
            AppDomain.CurrentDomain.ProcessExit += _onExit;
        }

        /// <summary>The file being written now.</summary>
        public string? CurrentPath { get; private set; }

        public override void Append(ReadOnlySpan<byte> line, bool flushNow)
        {
            lock (_gate)
            {
                if (_disposed)
                {
                    Report(new ObjectDisposedException(nameof(ClefLoggerProvider), "A record was logged after the CLEF log " + CurrentPath + " was closed; it is not in the file."));
                    return;
                }

                // The local time (DateTime.Now costs a time-zone conversion) only when files roll by period.
                if (_options.RollingInterval != ClefRollingInterval.Infinite && _now() is var now && now >= _nextPeriod)
                    Roll(now, sizeRoll: false);
                long limit = _options.FileSizeLimitBytes ?? long.MaxValue;
                if (_fileLength + _buffered > 0 && _fileLength + _buffered + line.Length + 1 > limit)
                    Roll(_now(), sizeRoll: true);

                if (_buffered + line.Length + 1 > _buffer.Length)
                    WriteBuffer();
                if (line.Length + 1 > _buffer.Length)
                {
                    // Longer than the whole buffer: straight through, after what was before it.
                    byte[] whole = new byte[line.Length + 1];
                    line.CopyTo(whole);
                    whole[line.Length] = (byte)'\n';
                    Write(whole, whole.Length, 1);
                }
                else
                {
                    line.CopyTo(new Span<byte>(_buffer, _buffered, line.Length));
                    _buffer[_buffered + line.Length] = (byte)'\n';
                    _buffered += line.Length + 1;
                    _bufferedLines++;
                    if (flushNow || _exiting || _options.BufferSize <= 0)
                        WriteBuffer();
                }
            }
        }

        public override void Flush()
        {
            lock (_gate)
            {
                if (!_disposed)
                    WriteBuffer();
            }
        }

        /// <summary>
        /// The process is ending without the factory having been disposed: write what is buffered, and from now on every
        /// record at once (other exit handlers may still log; the file stays open for them).
        /// </summary>
        private void OnProcessExit()
        {
            lock (_gate)
            {
                _exiting = true;
                if (!_disposed)
                    WriteBuffer();
            }
        }

        public override void Dispose()
        {
            lock (_gate)
            {
                if (_disposed)
                    return;
                WriteBuffer();
                _disposed = true;
                _stream?.Dispose();
                _stream = null;
            }

            _timer?.Dispose();
            AppDomain.CurrentDomain.ProcessExit -= _onExit;
        }

        private void WriteBuffer()
        {
            if (_buffered == 0)
                return;
            int lines = _bufferedLines;
            int count = _buffered;
            _buffered = 0;
            _bufferedLines = 0;
            Write(_buffer, count, lines);
        }

        private void Write(byte[] bytes, int count, int lines)
        {
            try
            {
                if (_stream is null)
                    OpenCurrent(_now(), roll: false); // a failed open is retried with the next write
                _stream!.Write(bytes, 0, count);
                if (_options.FlushToDisk)
                    _stream.Flush(flushToDisk: true);
                _fileLength += count;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException)
            {
                Report(new IOException($"Could not write {lines} CLEF record(s) to {CurrentPath}: {e.Message}", e));
            }
        }

        private void Roll(DateTime now, bool sizeRoll)
        {
            WriteBuffer();
            _stream?.Dispose();
            _stream = null;
            if (sizeRoll && _names.PeriodStart(now) == _periodStart)
            {
                _sequence++;
                Open(_names.PathOf(_periodStart, _sequence));
            }
            else
            {
                OpenCurrent(now, roll: true);
            }

            ApplyRetention();
        }

        /// <summary>Opens the latest file of the current period (appending), or a new one when it is full.</summary>
        private void OpenCurrent(DateTime now, bool roll)
        {
            _periodStart = _names.PeriodStart(now);
            _nextPeriod = _names.NextPeriod(_periodStart);
            int last = _names.LastSequence(_periodStart);
            _sequence = Math.Max(last, 0);
            string path = _names.PathOf(_periodStart, _sequence);
            long limit = _options.FileSizeLimitBytes ?? long.MaxValue;
            if (File.Exists(path) && new FileInfo(path).Length >= limit)
            {
                _sequence++;
                path = _names.PathOf(_periodStart, _sequence);
            }

            try
            {
                Open(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                if (!roll)
                    throw;
                Report(new IOException($"Could not open the CLEF log {path}: {e.Message}", e));
            }
        }

        private void Open(string path)
        {
            CurrentPath = path;
            _stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            _fileLength = _stream.Length;
        }

        private void ApplyRetention()
        {
            int? keep = _options.RetainedFileCountLimit;
            if (keep is null)
                return;
            var files = _names.Existing();
            for (int i = 0; i < files.Count; i++)
            {
                // Newest first; the file being written always stays.
                if (i < keep.Value || string.Equals(files[i].Path, CurrentPath, StringComparison.Ordinal))
                    continue;
                try
                {
                    File.Delete(files[i].Path);
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    Report(new IOException($"Could not delete the old CLEF log {files[i].Path} (RetainedFileCountLimit {keep}): {e.Message}", e));
                }
            }
        }

        private void Report(Exception problem)
        {
            // A handler that logs through this provider again, while the disk is still full, would report again: that
            // second report goes to standard error instead of back into the handler.
            bool outer = !_reporting;
            Action<Exception>? handler = outer ? _options.OnWriteError : null;
            try
            {
                _reporting = true;
                if (handler is not null)
                    handler(problem);
                else
                    Console.Error.WriteLine("I18nToolkit: " + problem.Message);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The handler's own failure must not fail the log call.
            }
            finally
            {
                if (outer)
                    _reporting = false;
            }
        }
    }
}
