using System.Resources;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using static I18nToolkit.Benchmarks.Support.BenchmarkMessages;

namespace I18nToolkit.Benchmarks.Localization
{
    /// <summary>
    /// <c>IStringLocalizer</c> in German with three arguments: Microsoft.Extensions.Localization's own
    /// ResourceManagerStringLocalizer (a key, a composite format in the .resx) against the toolkit's, which
    /// <c>AddI18nToolkit()</c> puts behind every IStringLocalizer (the message with its ID and named holes, the culture
    /// chain, the hole check) - and the toolkit's <c>Loc.T</c> for reference.
    /// </summary>
    [MemoryDiagnoser]
    public class StringLocalizerBenchmarks
    {
        private const string BaseName = "I18nToolkit.Benchmarks.Resources.Messages";
        private IStringLocalizer _microsoft = null!;
        private IStringLocalizer _toolkit = null!;
        private ServiceProvider _services = null!;

        [GlobalSetup]
        public void Setup()
        {
            UseGerman();
            var assembly = typeof(StringLocalizerBenchmarks).Assembly;
            _microsoft = new ResourceManagerStringLocalizer(new ResourceManager(BaseName, assembly), assembly, BaseName, new ResourceNamesCache(), NullLogger.Instance);
            _services = new ServiceCollection().AddLogging().AddI18nToolkit().BuildServiceProvider();
            _toolkit = _services.GetRequiredService<IStringLocalizerFactory>().Create(typeof(StringLocalizerBenchmarks));
        }

        [GlobalCleanup]
        public void Cleanup() => _services.Dispose();

        [Benchmark(Baseline = true, Description = "ResourceManagerStringLocalizer[key, args]")]
        public string Microsoft() => _microsoft["Positional-E131", Pattern, Directory, Count].Value;

        [Benchmark(Description = "I18nToolkit IStringLocalizer[message, args]")]
        public string Toolkit() => _toolkit[E131, Pattern, Directory, Count].Value;

        [Benchmark(Description = "I18nToolkit Loc.T")]
        public string LocT() => Loc.T(E131, Pattern, Directory, Count);
    }
}
