extern alias engine;

using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using engine::I18nToolkit.Build.Generation;
using MessageIdPattern = engine::I18nToolkit.Grammar.MessageIdPattern;
using Microsoft.CodeAnalysis.CSharp;

namespace I18nToolkit.Benchmarks.Extraction
{
    /// <summary>
    /// The build task's engine in a warm MSBuild node: the same process runs it again and again, so its code is compiled
    /// and its per-project cache is in memory - exactly what BenchmarkDotNet's iterations are. On the shared corpus
    /// (../shared/bench/gen-corpus.py: 1,500 files, 6,000 messages, one culture file), beside the naive alternative (a
    /// Roslyn parse of every file, in parallel). Whole corpus = no cache (a first or clean build). One file changed, three
    /// ways: code edited outside its messages; lines moved (the sites in the neutral file change); a message's text
    /// edited (the neutral and culture files are rewritten). No change = the task runs with nothing to do (the targets
    /// skip it altogether in that case).
    /// </summary>
    [MemoryDiagnoser]
    [SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
    public class ExtractionBenchmarks
    {
        private string _work = string.Empty;
        private string _translated = string.Empty;
        private string[] _files = Array.Empty<string>();
        private string[] _sources = Array.Empty<string>();
    
        [GlobalSetup]
        public void Setup()
        {
            _work = Path.Combine(Path.GetTempPath(), "i18n-extraction-bench-" + Guid.NewGuid().ToString("N"));
            string generator = Environment.GetEnvironmentVariable("I18N_BENCH_DIR") is { Length: > 0 } dir
                ? Path.Combine(dir, "gen-corpus.py")
                : Path.Combine(RepositoryRoot(), "..", "shared", "bench", "gen-corpus.py");
            if (!File.Exists(generator))
                throw new FileNotFoundException("The corpus generator is missing; set I18N_BENCH_DIR to the folder of gen-corpus.py.", generator);
            using (Process python = Process.Start(new ProcessStartInfo("python3", $"\"{generator}\" \"{Path.Combine(_work, "src")}\"") { RedirectStandardOutput = true })!)
            {
                python.WaitForExit();
                if (python.ExitCode != 0)
                    throw new InvalidOperationException("gen-corpus.py failed");
            }

            _files = Directory.GetFiles(Path.Combine(_work, "src"), "*.cs").OrderBy(f => f, StringComparer.Ordinal).ToArray();
            _sources = _files.Select(f => Path.GetRelativePath(_work, f)).ToArray();

            // A second copy whose German file is fully translated: editing a message there marks its entry stale,
            // so the culture file is rewritten too.
            _translated = _work + "-translated";
            foreach (string file in _files)
            {
                string copy = Path.Combine(_translated, Path.GetRelativePath(_work, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }

            Run(_translated, cacheFile: null);
            string german = Path.Combine(_translated, "Resources", "Messages.de.resx");
            File.WriteAllText(german, File.ReadAllText(german).Replace("<value></value>", "<value>Übersetzt</value>", StringComparison.Ordinal));
            Run(_translated, cacheFile: null);
        }

        [GlobalCleanup]
        public void Cleanup()
        {
            Directory.Delete(_work, recursive: true);
            Directory.Delete(_translated, recursive: true);
        }

        [Benchmark(Baseline = true, Description = "Roslyn parse, every file (naive)")]
        public int RoslynParseAll()
        {
            int nodes = 0;
            Parallel.ForEach(_files, file =>
            {
                var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
                System.Threading.Interlocked.Add(ref nodes, root.FullSpan.Length > 0 ? 1 : 0);
            });
            return nodes;
        }

        [Benchmark(Description = "Task: whole corpus (no cache)")]
        public bool TaskWholeCorpus() => Run(_work, cacheFile: null);

        [IterationSetup(Target = nameof(TaskOneFileCodeEdited))]
        public void EditCode() => Toggle("x * 0 +", "x * 100 +");

        [Benchmark(Description = "Task: one file, code edited (warm)")]
        public bool TaskOneFileCodeEdited() => Run(_work, CacheFile);

        [IterationSetup(Target = nameof(TaskOneFileLinesMoved))]
        public void MoveLines() => Toggle("using System;\n", "using System;\n\n");

        [Benchmark(Description = "Task: one file, lines moved (warm)")]
        public bool TaskOneFileLinesMoved() => Run(_work, CacheFile);

        [IterationSetup(Target = nameof(TaskOneFileMessageEdited))]
        public void EditMessage() => Toggle(": ", ": Now ");

        [Benchmark(Description = "Task: one file, message text edited (warm)")]
        public bool TaskOneFileMessageEdited() => Run(_work, CacheFile);

        [IterationSetup(Target = nameof(TaskOneFileTranslatedMessageEdited))]
        public void EditTranslatedMessage() => Toggle(": ", ": Now ", _translated);

        [Benchmark(Description = "Task: one file, translated message edited (warm)")]
        public bool TaskOneFileTranslatedMessageEdited() => Run(_translated, Path.Combine(_translated, "obj", "i18n.cache"));

        [Benchmark(Description = "Task: no change (warm cache)")]
        public bool TaskNoChange() => Run(_work, CacheFile);

        private string CacheFile => Path.Combine(_work, "obj", "i18n.cache");

        /// <summary>Changes one file between builds, back and forth: <paramref name="from"/> becomes <paramref name="to"/> and back.</summary>
        private void Toggle(string from, string to, string? root = null)
        {
            string file = Path.Combine(root ?? _work, _sources[_sources.Length / 2]);
            string text = File.ReadAllText(file);
            text = text.Contains(to, StringComparison.Ordinal) ? text.Replace(to, from, StringComparison.Ordinal) : text.Replace(from, to, StringComparison.Ordinal);
            File.WriteAllText(file, text);
        }

        private bool Run(string project, string? cacheFile)
        {
            // The engine the task's Execute wraps (the task only maps its parameters and MSBuild's log onto it).
            var request = new GenerationRequest(project, _sources, "Corpus", MessageIdPattern.Default, Path.Combine("Resources", "Messages.resx"))
            {
                Cultures = new[] { "de" },
                CacheFile = cacheFile,
            };
            if (cacheFile is not null)
                Directory.CreateDirectory(Path.GetDirectoryName(cacheFile)!);
            return ResourceGenerator.Run(request, SilentLog.Instance).Succeeded ? true : throw new InvalidOperationException("The run failed.");
        }

        private static string RepositoryRoot()
        {
            string? folder = AppContext.BaseDirectory;
            while (folder is not null && !File.Exists(Path.Combine(folder, "I18nToolkit.sln")))
                folder = Path.GetDirectoryName(folder);
            return folder ?? Directory.GetCurrentDirectory();
        }

        /// <summary>Drops the reports (MSBuild's logging cost is not the task's); an error is a broken benchmark.</summary>
        private sealed class SilentLog : IGenerationLog
        {
            public static readonly SilentLog Instance = new SilentLog();

            public void Error(string code, string file, int line, int column, string message) => throw new InvalidOperationException(message);

            public void Warning(string code, string file, int line, int column, string message)
            {
            }

            public void Info(string message, bool important)
            {
            }
        }
    }
}
