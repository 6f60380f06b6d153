using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace I18nToolkit.Tests.TestSupport
{
    /// <summary>A logging provider that keeps every record it is given, formatted at the moment of logging.</summary>
    internal sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<CapturedRecord> Records { get; } = new ConcurrentQueue<CapturedRecord>();

        public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class CapturingLogger : ILogger
        {
            private readonly CapturingLoggerProvider _provider;
            private readonly string _category;

            public CapturingLogger(CapturingLoggerProvider provider, string category)
            {
                _provider = provider;
                _category = category;
            }

            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var properties = state is IEnumerable<KeyValuePair<string, object?>> pairs
                    ? pairs.ToList()
                    : new List<KeyValuePair<string, object?>>();
                _provider.Records.Enqueue(new CapturedRecord(_category, logLevel, eventId, formatter(state, exception), exception, properties, state));
            }
        }
    }

    internal sealed record CapturedRecord(
        string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception,
        IReadOnlyList<KeyValuePair<string, object?>> Properties, object? State)
    {
        public object? this[string name] => Properties.Single(p => p.Key == name).Value;
    }
}
