using System.Globalization;
using System.Resources;
using System.Text;
using BenchmarkDotNet.Attributes;
using static I18nToolkit.Benchmarks.Support.BenchmarkMessages;

namespace I18nToolkit.Benchmarks.Localization
{
    /// <summary>
    /// Look up and render a plural message (the CLDR category of the count chooses the branch) against a plain message
    /// of the same length and holes, in German (one/other) and Polish (one/few/many/other, the longest rules), with the
    /// counts cycling through the categories; and what a .NET user writes by hand without plurals: two resources and
    /// <c>count == 1 ? ... : ...</c> (right for English and German only).
    /// </summary>
    [MemoryDiagnoser]
    public class PluralBenchmarks
    {
        private const string Plural = "I140: Moved {Count, plural, one {# file} other {# files}} with pattern {Pattern} to {Directory}";
        private const string Plain = "I141: Moved {Count} files with pattern {Pattern} to {Directory}";
        private static readonly int[] Counts = { 1, 2, 5, 22, 112, 1 };
        private readonly CompositeFormat _one = CompositeFormat.Parse("I140: {0} Datei mit Muster {1} nach {2} verschoben");
        private readonly CompositeFormat _other = CompositeFormat.Parse("I140: {0} Dateien mit Muster {1} nach {2} verschoben");
        private CultureInfo _culture = German;
        private int _next;

        [Params("de-DE", "pl-PL")]
        public string Culture { get; set; } = "de-DE";

        [GlobalSetup]
        public void Setup()
        {
            _culture = CultureInfo.GetCultureInfo(Culture);
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = _culture;
            CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.DefaultThreadCurrentCulture = _culture;
        }

        private int NextCount() => Counts[_next = (_next + 1) % Counts.Length];

        [Benchmark(Baseline = true, Description = "Loc.T plain message")]
        public string PlainMessage() => Loc.T(Plain, NextCount(), Pattern, Directory);

        [Benchmark(Description = "Loc.T plural message")]
        public string PluralMessage() => Loc.T(Plural, NextCount(), Pattern, Directory);

        [Benchmark(Description = "n == 1 ? format1 : format2 (by hand)")]
        public string ByHand()
        {
            int count = NextCount();
            return string.Format(_culture, count == 1 ? _one : _other, count, Pattern, Directory);
        }
    }
}
