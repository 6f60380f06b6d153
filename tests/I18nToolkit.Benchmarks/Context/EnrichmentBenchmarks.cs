using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using I18nToolkit.Benchmarks.Logging;
using I18nToolkit.Benchmarks.Support;
using I18nToolkit.Context;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Core;
using ILogger = Microsoft.Extensions.Logging.ILogger;
using static I18nToolkit.Benchmarks.Support.BenchmarkMessages;

namespace I18nToolkit.Benchmarks.Context
{
    /// <summary>
    /// What an open context frame (two properties) adds to an enabled log call. MEL: the source-generated call into
    /// a provider that, like the JSON console, formats the message and reads every scope's pairs. Serilog: an
    /// Information call through the toolkit's enricher into a sink that renders the message.
    /// </summary>
    [MemoryDiagnoser]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class EnrichmentBenchmarks
    {
        private ILoggerFactory _factory = null!;
        private ILogger _mel = null!;
        private Logger _serilog = null!;
        private IDisposable? _frame;

        [Params(false, true)]
        public bool FrameOpen { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _factory = LoggerFactory.Create(b => b.AddDiagnosticContext().AddProvider(new ScopeReadingLoggerProvider()).SetMinimumLevel(LogLevel.Information));
            _mel = _factory.CreateLogger("Bench");
            _serilog = new LoggerConfiguration().MinimumLevel.Information().Enrich.WithDiagnosticContext().WriteTo.Sink(new DiscardingSerilogSink()).CreateLogger();

            // Pushed synchronously on the thread that runs the workload, so it stays current for the whole run.
            _frame = FrameOpen ? DiagnosticContext.Push(("Application", "Payrollsync"), ("Msgid", "ID-42")) : null;
        }

        [GlobalCleanup]
        public void Cleanup()
        {
            _frame?.Dispose();
            _factory.Dispose();
            _serilog.Dispose();
        }

        [BenchmarkCategory("MEL"), Benchmark(Description = "MEL [LoggerMessage] + scopes")]
        public void Mel() => GeneratedLog.CouldNotFindInfo(_mel, Pattern, Directory, Count);

        [BenchmarkCategory("Serilog"), Benchmark(Description = "Serilog Information + enricher")]
        public void Serilog() => _serilog.Information("Could not find files with pattern {Pattern} in directory {Directory} ({Count} tried)", Pattern, Directory, Count);

        private sealed class ScopeReadingLoggerProvider : ILoggerProvider, ISupportExternalScope
        {
            private IExternalScopeProvider? _scopes;

            public ILogger CreateLogger(string categoryName) => new ScopeReadingLogger(this);

            public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

            public void Dispose()
            {
            }

            private sealed class ScopeReadingLogger : ILogger
            {
                private static readonly Action<object?, int[]> CountPairs = (scope, count) =>
                {
                    if (scope is IReadOnlyList<KeyValuePair<string, object?>> pairs)
                    {
                        for (int i = 0; i < pairs.Count; i++)
                            count[0] += pairs[i].Key.Length;
                    }
                };

                [ThreadStatic]
                private static int[]? t_count;

                private readonly ScopeReadingLoggerProvider _provider;

                public ScopeReadingLogger(ScopeReadingLoggerProvider provider) => _provider = provider;

                public IDisposable? BeginScope<TState>(TState state) where TState : notnull => _provider._scopes?.Push(state);

                public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

                public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                {
                    DiscardingLoggerProvider.Last = formatter(state, exception);
                    _provider._scopes?.ForEachScope(CountPairs, t_count ??= new int[1]);
                }
            }
        }
    }
}
