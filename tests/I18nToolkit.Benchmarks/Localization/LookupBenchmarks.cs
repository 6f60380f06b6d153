using System.Collections.Generic;
using System.Resources;
using System.Text;
using BenchmarkDotNet.Attributes;
using static I18nToolkit.Benchmarks.Support.BenchmarkMessages;

namespace I18nToolkit.Benchmarks.Localization
{
    /// <summary>
    /// Look a message up in German and render it with three arguments: the toolkit against a hand-kept
    /// Dictionary of pre-parsed CompositeFormats (the fastest thing one can write by hand) and the classic
    /// ResourceManager.GetString + string.Format.
    /// </summary>
    [MemoryDiagnoser]
    public class LookupBenchmarks
    {
        // What a ResourceManager user stores: a composite format with the ID in the value.
        private const string PositionalKey = "Positional-E131";
        private readonly Dictionary<string, CompositeFormat> _formats = new();
        private ResourceManager _resources = null!;

        [GlobalSetup]
        public void Setup()
        {
            UseGerman();
            _resources = new ResourceManager("I18nToolkit.Benchmarks.Resources.Messages", typeof(LookupBenchmarks).Assembly);
            _formats[E131Key] = CompositeFormat.Parse("E131: Keine Dateien mit Muster {0} im Verzeichnis {1} gefunden ({2} versucht)");
        }

        [Benchmark(Baseline = true, Description = "Dictionary + CompositeFormat")]
        public string DictionaryCompositeFormat() => string.Format(German, _formats[E131Key], Pattern, Directory, Count);

        [Benchmark(Description = "I18nToolkit Loc.T, de")]
        public string Localizer() => Loc.T(E131, Pattern, Directory, Count);

        [Benchmark(Description = "ResourceManager + string.Format")]
        public string ResourceManagerFormat() =>
            string.Format(German, _resources.GetString(PositionalKey, German)!, Pattern, Directory, Count);
    }
}
