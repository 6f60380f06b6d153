using System;
using System.IO;

namespace I18nToolkit.Cli.Logs.Records
{
    /// <summary>A read-only stream that first returns bytes already taken from the inner stream (to sniff gzip's magic number).</summary>
    internal sealed class PrefixedStream : Stream
    {
        private readonly byte[] _prefix;
        private readonly int _length;
        private readonly Stream _inner;
        private int _offset;

        public PrefixedStream(byte[] prefix, int length, Stream inner)
        {
            _prefix = prefix;
            _length = length;
            _inner = inner;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_offset < _length)
            {
                int n = Math.Min(count, _length - _offset);
                Array.Copy(_prefix, _offset, buffer, offset, n);
                _offset += n;
                return n;
            }

            return _inner.Read(buffer, offset, count);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                _inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
