using System;
using CsCheck;

namespace I18nToolkit
{
    /// <summary>
    /// Property tests that run the same samples on every run. CsCheck's own <c>Sample</c> uses its seed for the first
    /// iteration only and explores fresh random ones after it, so one CI run could fail where the next passes; these
    /// overloads, found before CsCheck's (their namespace encloses every test's), draw every sample from the seed. A
    /// failure names the sample's own seed: CsCheck's <c>Sample(…, seed: "…")</c> reproduces and shrinks it.
    /// </summary>
    internal static class SeededSample
    {
        private const string DefaultSeed = "0Qc7bqKRaGc3";

        public static void Sample<T>(this Gen<T> gen, Action<T> assert, string? seed = null, long iter = 100, Func<T, string>? print = null)
        {
            PCG pcg = PCG.Parse(seed ?? DefaultSeed);
            for (long i = 0; i < iter; i++)
            {
                string sampleSeed = pcg.ToString();
                T value = gen.Generate(pcg, null, out _);
                try
                {
                    assert(value);
                }
                catch (Exception e)
                {
                    throw new InvalidOperationException(
                        $"Sample {i + 1} of {iter} (seed \"{seed ?? DefaultSeed}\") failed; its own seed is \"{sampleSeed}\": {(print is null ? Check.Print(value) : print(value))}", e);
                }
            }
        }

        public static void Sample<T1, T2>(this Gen<(T1, T2)> gen, Action<T1, T2> assert, string? seed = null, long iter = 100, Func<(T1, T2), string>? print = null) =>
            gen.Sample(t => assert(t.Item1, t.Item2), seed, iter, print);

        public static void Sample<T1, T2, T3>(this Gen<(T1, T2, T3)> gen, Action<T1, T2, T3> assert, string? seed = null, long iter = 100, Func<(T1, T2, T3), string>? print = null) =>
            gen.Sample(t => assert(t.Item1, t.Item2, t.Item3), seed, iter, print);

        public static void Sample<T1, T2, T3, T4>(this Gen<(T1, T2, T3, T4)> gen, Action<T1, T2, T3, T4> assert, string? seed = null, long iter = 100, Func<(T1, T2, T3, T4), string>? print = null) =>
            gen.Sample(t => assert(t.Item1, t.Item2, t.Item3, t.Item4), seed, iter, print);

        public static void Sample<T1, T2, T3, T4, T5>(this Gen<(T1, T2, T3, T4, T5)> gen, Action<T1, T2, T3, T4, T5> assert, string? seed = null, long iter = 100, Func<(T1, T2, T3, T4, T5), string>? print = null) =>
            gen.Sample(t => assert(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5), seed, iter, print);
    }
}
