using BenchmarkDotNet.Running;

namespace I18nToolkit.Benchmarks
{
    /// <summary>Runs the suites chosen on the command line (BenchmarkDotNet's switcher: --filter '*Logging*', --list flat, …).</summary>
    public static class Program
    {
        public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
