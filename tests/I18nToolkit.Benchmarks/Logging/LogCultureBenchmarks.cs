using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using I18nToolkit.Benchmarks.Support;
using I18nToolkit.Logging;
using Microsoft.Extensions.Logging;
using static I18nToolkit.Benchmarks.Support.BenchmarkMessages;

namespace I18nToolkit.Benchmarks.Logging
{
    /// <summary>
    /// What the log culture costs a record: a German record written from a thread whose culture is the log culture
    /// (a worker), and from one whose culture is a request's (French, as request localization sets it). A record with
    /// an exception is written under the log culture (the thread's cultures are set and restored around it), so the
    /// exception's text is in the log's language too; without one, nothing is switched.
    /// </summary>
    [MemoryDiagnoser]
    public class LogCultureBenchmarks
    {
        private readonly Exception _failure = new InvalidOperationException("disk full");
        private ILoggerFactory _factory = null!;
        private LocalizedLogger _log = null!;

        [Params("de-DE", "fr-FR")]
        public string ThreadCulture { get; set; } = "de-DE";

        [GlobalSetup]
        public void Setup()
        {
            _factory = LoggerFactory.Create(b => b.AddProvider(new DiscardingLoggerProvider()));
            _log = _factory.CreateLocalizedLogger("Bench", new LocalizedLoggingOptions { Culture = German, FormatCulture = German });
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(ThreadCulture);
        }

        [GlobalCleanup]
        public void Cleanup() => _factory.Dispose();

        [Benchmark(Baseline = true, Description = "record")]
        public void Record() => _log.Warn(Loc.X(E131, Pattern, Directory, Count));

        [Benchmark(Description = "record with an exception")]
        public void RecordWithException() => _log.Error(Loc.X(E131, Pattern, Directory, Count), _failure);
    }
}
