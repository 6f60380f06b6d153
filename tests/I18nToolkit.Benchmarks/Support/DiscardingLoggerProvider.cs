using System;
using Microsoft.Extensions.Logging;

namespace I18nToolkit.Benchmarks.Support
{
    /// <summary>
    /// A Microsoft.Extensions.Logging provider enabled from Information up that formats each record's message (as
    /// every text sink must) and throws the text away, so a benchmark measures the logging path, not I/O.
    /// </summary>
    internal sealed class DiscardingLoggerProvider : ILoggerProvider
    {
        public static string? Last;

        public ILogger CreateLogger(string categoryName) => new DiscardingLogger();

        public void Dispose()
        {
        }

        private sealed class DiscardingLogger : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                    Last = formatter(state, exception);
            }
        }
    }
}
