using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace I18nToolkit.Tests.TestSupport
{
    /// <summary>A logging provider that keeps every record it is given, formatted at the moment of logging.</summary>
    internal sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider? _scopes;

        public ConcurrentQueue<CapturedRecord> Records { get; } = new ConcurrentQueue<CapturedRecord>();

        public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

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
                var scopes = new List<object?>();
                _provider._scopes?.ForEachScope((scope, list) => list.Add(scope), scopes);
                _provider.Records.Enqueue(new CapturedRecord(_category, logLevel, eventId, formatter(state, exception), exception, properties, state, scopes)
                {
                    // As a provider writes it, while it writes the record.
                    ExceptionText = exception?.ToString(),
                });
            }
        }
    }

    internal sealed record CapturedRecord(
        string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception,
        IReadOnlyList<KeyValuePair<string, object?>> Properties, object? State, IReadOnlyList<object?> Scopes)
    {
        /// <summary>The exception's text as it read while the record was written.</summary>
        public string? ExceptionText { get; init; }

        public object? this[string name] => Properties.Single(p => p.Key == name).Value;

        /// <summary>The scopes' key/value pairs, outermost first (a provider such as the JSON console writes these).</summary>
        public IEnumerable<KeyValuePair<string, object?>> ScopeProperties =>
            Scopes.OfType<IEnumerable<KeyValuePair<string, object?>>>().SelectMany(s => s);

        public object? Scope(string key) => ScopeProperties.Last(p => p.Key == key).Value;
    }
}
