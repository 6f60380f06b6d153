using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using I18nToolkit.Benchmarks.Support;
using I18nToolkit.Logging;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Core;
using static I18nToolkit.Benchmarks.Support.BenchmarkMessages;

namespace I18nToolkit.Benchmarks.Logging
{
    /// <summary>
    /// One log call with three arguments, at a disabled level (Debug) and an enabled one (Information), into sinks that
    /// format the message and discard it. The toolkit renders German (the UI culture); the others render the English
    /// template they were given, which is the best they can do.
    /// </summary>
    [MemoryDiagnoser]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class LogCallBenchmarks
    {
        private ILoggerFactory _factory = null!;
        private Microsoft.Extensions.Logging.ILogger _mel = null!;
        private LocalizedLogger _localized = null!;
        private Logger _serilog = null!;
        private SerilogLocalizedLogger _serilogLocalized = null!;

        // Same message, no translations: separates the cost of the (longer) German text from the toolkit's own.
        private static readonly I18nToolkit.Localization.Localizer English = new("Bench", null);

        [GlobalSetup]
        public void Setup()
        {
            UseGerman();
            _factory = LoggerFactory.Create(b => b.AddProvider(new DiscardingLoggerProvider()).SetMinimumLevel(LogLevel.Information));
            _mel = _factory.CreateLogger("Bench");
            _localized = _mel.Localized();
            _serilog = new LoggerConfiguration().MinimumLevel.Information().WriteTo.Sink(new DiscardingSerilogSink()).CreateLogger();
            _serilogLocalized = _serilog.Localized();
        }

        [GlobalCleanup]
        public void Cleanup()
        {
            _factory.Dispose();
            _serilog.Dispose();
        }

        [BenchmarkCategory("Disabled"), Benchmark(Baseline = true, Description = "MEL [LoggerMessage]")]
        public void Disabled_MelGenerated() => GeneratedLog.CouldNotFindDebug(_mel, Pattern, Directory, Count);

        [BenchmarkCategory("Disabled"), Benchmark(Description = "I18nToolkit (MEL)")]
        public void Disabled_Localized() => _localized.Debug(Loc.X(E131, Pattern, Directory, Count));

        [BenchmarkCategory("Disabled"), Benchmark(Description = "I18nToolkit (Serilog)")]
        public void Disabled_LocalizedSerilog() => _serilogLocalized.Debug(Loc.X(E131, Pattern, Directory, Count));

        [BenchmarkCategory("Disabled"), Benchmark(Description = "MEL LogDebug")]
        public void Disabled_MelExtension() => _mel.LogDebug("Could not find files with pattern {Pattern} in directory {Directory} ({Count} tried)", Pattern, Directory, Count);

        [BenchmarkCategory("Disabled"), Benchmark(Description = "Serilog Debug")]
        public void Disabled_Serilog() => _serilog.Debug("Could not find files with pattern {Pattern} in directory {Directory} ({Count} tried)", Pattern, Directory, Count);

        [BenchmarkCategory("Enabled"), Benchmark(Baseline = true, Description = "MEL [LoggerMessage]")]
        public void Enabled_MelGenerated() => GeneratedLog.CouldNotFindInfo(_mel, Pattern, Directory, Count);

        [BenchmarkCategory("Enabled"), Benchmark(Description = "I18nToolkit (MEL), de")]
        public void Enabled_Localized() => _localized.Info(Loc.X(E131, Pattern, Directory, Count));

        [BenchmarkCategory("Enabled"), Benchmark(Description = "I18nToolkit (MEL), English text")]
        public void Enabled_LocalizedEnglish() => _localized.Info(English.X(E131, Pattern, Directory, Count));

        [BenchmarkCategory("Enabled"), Benchmark(Description = "I18nToolkit (Serilog), de")]
        public void Enabled_LocalizedSerilog() => _serilogLocalized.Info(Loc.X(E131, Pattern, Directory, Count));

        [BenchmarkCategory("Enabled"), Benchmark(Description = "MEL LogInformation")]
        public void Enabled_MelExtension() => _mel.LogInformation("Could not find files with pattern {Pattern} in directory {Directory} ({Count} tried)", Pattern, Directory, Count);

        [BenchmarkCategory("Enabled"), Benchmark(Description = "Serilog Information")]
        public void Enabled_Serilog() => _serilog.Information("Could not find files with pattern {Pattern} in directory {Directory} ({Count} tried)", Pattern, Directory, Count);
    }
}
