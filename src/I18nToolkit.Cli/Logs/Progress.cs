using System;
using System.IO;
using System.Threading;

namespace I18nToolkit.Cli.Logs
{
    /// <summary>How far a long run over large files is, on standard error - only when that is a terminal and the input is large.</summary>
    internal sealed class Progress : IDisposable
    {
        private const long Large = 64L << 20;
        private readonly Timer? _timer;
        private readonly TextWriter _error;
        private bool _shown;

        public Progress(TextWriter error, Func<long> done, Func<long> totalBytes)
        {
            _error = error;
            if (!ReferenceEquals(error, Console.Error) || Console.IsErrorRedirected)
                return;
            _timer = new Timer(_ =>
            {
                long bytes = done(), total = totalBytes();
                if (total < Large)
                    return;
                lock (_error)
                {
                    _error.Write($"\r{100.0 * bytes / total,5:F1}%  {bytes >> 20} of {total >> 20} MB ");
                    _shown = true;
                }
            }, null, 500, 500);
        }

        public void Dispose()
        {
            _timer?.Dispose();
            lock (_error)
            {
                if (_shown)
                    _error.Write("\r" + new string(' ', 40) + "\r");
            }
        }
    }
}
