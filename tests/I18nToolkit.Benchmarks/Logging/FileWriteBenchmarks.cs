using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using I18nToolkit.Context;
using I18nToolkit.Formatting;
using I18nToolkit.Logging;
using Microsoft.Extensions.Logging;
using NLog.Layouts;
using NLog.Targets;
using Serilog;
using Serilog.Context;
using Serilog.Formatting.Compact;
using ZLogger;
using static I18nToolkit.Benchmarks.Support.BenchmarkMessages;

namespace I18nToolkit.Benchmarks.Logging
{
    /// <summary>
    /// The real write path: one Information record with three holes, one context frame of two properties open, one JSON
    /// line appended to a file. Every writer buffers (64 KiB where it has the setting); the toolkit's runs with its
    /// defaults. After the run each writer's file is read back: every record must carry every hole and both context
    /// properties (the run fails otherwise), and the bytes per line are printed (<c>// bytes/line</c> in the log).
    /// </summary>
    /// <remarks>
    /// A fixed number of records per iteration, so that every writer writes the same amount (about 0.5 GB a benchmark)
    /// and the disk is not filled; Serilog.Sinks.File's 1 GB default limit, past which it silently stops writing, is off.
    /// </remarks>
    [MemoryDiagnoser]
    [SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15, invocationCount: 100_000)]
    public class FileWriteBenchmarks
    {
        private const int Buffer = 64 * 1024;
        private const string Dir = Support.BenchmarkMessages.Directory;

        private readonly string _folder = Path.Combine(Path.GetTempPath(), "i18n-bench-" + Guid.NewGuid().ToString("N"));
        private readonly List<IDisposable> _disposables = new();
        private readonly Dictionary<string, string> _files = new();
        private IDisposable? _scope;

        private LocalizedLogger _toolkitMel = null!;
        private SerilogLocalizedLogger _toolkitSerilog = null!;
        private Serilog.ILogger _serilog = null!;
        private Microsoft.Extensions.Logging.ILogger _zlogger = null!;
        private Microsoft.Extensions.Logging.ILogger _melIntoZLogger = null!;
        private Microsoft.Extensions.Logging.ILogger _melIntoToolkit = null!;
        private NLog.Logger _nlog = null!;
        private NLog.LogFactory _nlogFactory = null!;

        private string File(string name) => _files[name] = Path.Combine(_folder, name + ".json");

        private void Setup()
        {
            UseGerman();
            System.IO.Directory.CreateDirectory(_folder);

            ILoggerFactory toolkit = LoggerFactory.Create(b => b.AddDiagnosticContext().AddClef(o => o.Path = File("toolkit-mel")));
            _disposables.Add(toolkit);
            _toolkitMel = toolkit.CreateLocalizedLogger("Payroll.Import");

            ILoggerFactory toolkitForMel = LoggerFactory.Create(b => b.AddDiagnosticContext().AddClef(o => o.Path = File("mel-into-toolkit")));
            _disposables.Add(toolkitForMel);
            _melIntoToolkit = toolkitForMel.CreateLogger("Payroll.Import");

            Serilog.Core.Logger toolkitSerilog = new LoggerConfiguration().Enrich.WithDiagnosticContext()
                .WriteTo.File(new ClefFormatter(CultureInfo.CurrentCulture), File("toolkit-serilog"), buffered: true, fileSizeLimitBytes: null).CreateLogger();
            _disposables.Add(toolkitSerilog);
            _toolkitSerilog = toolkitSerilog.ForContext("SourceContext", "Payroll.Import").Localized();

            Serilog.Core.Logger serilog = new LoggerConfiguration().Enrich.FromLogContext()
                .WriteTo.File(new CompactJsonFormatter(), File("serilog"), buffered: true, fileSizeLimitBytes: null).CreateLogger();
            _disposables.Add(serilog);
            _serilog = serilog.ForContext("SourceContext", "Payroll.Import"); // the category, as every other writer has it

            ILoggerFactory zlogger = LoggerFactory.Create(b => b.AddZLoggerFile(File("zlogger"), o =>
            {
                o.IncludeScopes = true;
                o.UseJsonFormatter();
            }));
            _disposables.Add(zlogger);
            _zlogger = zlogger.CreateLogger("Payroll.Import");

            ILoggerFactory melIntoZLogger = LoggerFactory.Create(b => b.AddZLoggerFile(File("mel-into-zlogger"), o =>
            {
                o.IncludeScopes = true;
                o.UseJsonFormatter();
            }));
            _disposables.Add(melIntoZLogger);
            _melIntoZLogger = melIntoZLogger.CreateLogger("Payroll.Import");

            var config = new NLog.Config.LoggingConfiguration();
            var target = new FileTarget("file")
            {
                FileName = File("nlog"),
                KeepFileOpen = true,
                AutoFlush = false,
                BufferSize = Buffer,
                Layout = new JsonLayout
                {
                    IncludeEventProperties = true,
                    IncludeScopeProperties = true,
                    Attributes =
                    {
                        new JsonAttribute("time", "${date:universalTime=true:format=o}"),
                        new JsonAttribute("level", "${level}"),
                        new JsonAttribute("message", "${message}"),
                        new JsonAttribute("logger", "${logger}"),
                    },
                },
            };
            config.AddRuleForAllLevels(target);
            _nlogFactory = new NLog.LogFactory { Configuration = config };
            _nlog = _nlogFactory.GetLogger("Payroll.Import");
        }

        // The frame every record is written in, opened once as each library's documentation shows (it flows to the
        // benchmark's calls: the setup runs on their thread, and the check after the run fails without it).
        [GlobalSetup(Targets = new[] { nameof(Toolkit_Mel), nameof(Toolkit_Serilog), nameof(Mel_IntoToolkit) })]
        public void OpenToolkitFrame()
        {
            Setup();
            _scope = DiagnosticContext.Push(("Application", "Payrollsync"), ("Msgid", "ID-42"));
        }

        [GlobalSetup(Target = nameof(Serilog_CompactJson))]
        public void OpenSerilogFrame()
        {
            Setup();
            _scope = new Both(LogContext.PushProperty("Application", "Payrollsync"), LogContext.PushProperty("Msgid", "ID-42"));
        }

        [GlobalSetup(Targets = new[] { nameof(ZLogger_Json), nameof(Mel_IntoZLogger) })]
        public void OpenMelFrame()
        {
            Setup();
            _scope = new Both(
                _zlogger.BeginScope(new[] { new KeyValuePair<string, object?>("Application", "Payrollsync"), new KeyValuePair<string, object?>("Msgid", "ID-42") })!,
                _melIntoZLogger.BeginScope(new[] { new KeyValuePair<string, object?>("Application", "Payrollsync"), new KeyValuePair<string, object?>("Msgid", "ID-42") })!);
        }

        [GlobalSetup(Target = nameof(NLog_JsonLayout))]
        public void OpenNLogFrame()
        {
            Setup();
            _scope = NLog.ScopeContext.PushProperties(new[] { new KeyValuePair<string, object?>("Application", "Payrollsync"), new KeyValuePair<string, object?>("Msgid", "ID-42") });
        }

        [Benchmark(Baseline = true, Description = "I18nToolkit MEL, de, AddClef defaults")]
        public void Toolkit_Mel() => _toolkitMel.Info(Loc.X(E131, Pattern, Dir, Count));

        [Benchmark(Description = "I18nToolkit Serilog, de, ClefFormatter + Sinks.File")]
        public void Toolkit_Serilog() => _toolkitSerilog.Info(Loc.X(E131, Pattern, Dir, Count));

        [Benchmark(Description = "MEL [LoggerMessage] into AddClef")]
        public void Mel_IntoToolkit() => GeneratedLog.CouldNotFindInfo(_melIntoToolkit, Pattern, Dir, Count);

        [Benchmark(Description = "Serilog 4.4 CompactJsonFormatter + LogContext")]
        public void Serilog_CompactJson() => _serilog.Information("Could not find files with pattern {Pattern} in directory {Directory} ({Count} tried)", Pattern, Dir, Count);

        [Benchmark(Description = "ZLogger 2.6 JSON file, scope")]
        public void ZLogger_Json() => _zlogger.ZLogInformation($"Could not find files with pattern {Pattern} in directory {Dir:@Directory} ({Count} tried)");

        [Benchmark(Description = "MEL [LoggerMessage] into ZLogger JSON file")]
        public void Mel_IntoZLogger() => GeneratedLog.CouldNotFindInfo(_melIntoZLogger, Pattern, Dir, Count);

        [Benchmark(Description = "NLog 6.2 JsonLayout file, ScopeContext")]
        public void NLog_JsonLayout() => _nlog.Info("Could not find files with pattern {Pattern} in directory {Directory} ({Count} tried)", Pattern, Dir, Count);

        [GlobalCleanup]
        public void Cleanup()
        {
            _scope?.Dispose();
            foreach (IDisposable disposable in _disposables)
                disposable.Dispose();
            _nlogFactory.Shutdown();
            try
            {
                foreach (var (name, path) in _files)
                {
                    if (!System.IO.File.Exists(path) || new FileInfo(path).Length == 0)
                        continue; // not this process's benchmark
                    // The first and the last lines (the file is large): each must carry every hole and both context properties.
                    long length = new FileInfo(path).Length;
                    var lines = new List<string>(System.IO.File.ReadLines(path).Take(1_000));
                    using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read))
                    {
                        stream.Seek(Math.Max(0, length - 256 * 1024), SeekOrigin.Begin);
                        lines.AddRange(new StreamReader(stream).ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1));
                    }

                    foreach (string expected in new[] { Pattern.Replace("*", ""), Dir.Replace("/", ""), Count.ToString(CultureInfo.InvariantCulture), "Payrollsync", "ID-42", "Payroll.Import" })
                    {
                        int missing = lines.Count(l => !l.Replace("\\/", "/").Replace("/", "").Contains(expected, StringComparison.Ordinal));
                        if (missing > 0)
                            throw new InvalidOperationException($"{name}: {missing} of {lines.Count} lines lack '{expected}'. First line: {lines[0]}");
                    }

                    Console.WriteLine($"// bytes/line {name}: {System.Text.Encoding.UTF8.GetByteCount(lines[0]) + 1} ({length / (1 << 20)} MiB) first: {lines[0]}");
                }
            }
            finally
            {
                System.IO.Directory.Delete(_folder, recursive: true);
            }
        }

        private sealed class Both : IDisposable
        {
            private readonly IDisposable _first;
            private readonly IDisposable _second;

            public Both(IDisposable first, IDisposable second)
            {
                _first = first;
                _second = second;
            }

            public void Dispose()
            {
                _second.Dispose();
                _first.Dispose();
            }
        }
    }
}
