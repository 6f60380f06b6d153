using System.Globalization;
using I18nToolkit.Localization;

namespace I18nToolkit.Benchmarks.Support
{
    /// <summary>The message every suite uses: an ID, three holes (two strings, one number), a German translation.</summary>
    internal static class BenchmarkMessages
    {
        public const string E131 = "E131: Could not find files with pattern {Pattern} in directory {Directory} ({Count} tried)";
        public const string E131Key = "I18nToolkit.Benchmarks-E131";
        public const string Pattern = "*.csv";
        public const string Directory = "/var/payroll/inbox";
        public const int Count = 42;

        public static readonly Localizer Loc = Localizer.ForAssembly(typeof(BenchmarkMessages).Assembly);

        public static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

        /// <summary>Makes German the culture of this thread and of threads started later.</summary>
        public static void UseGerman()
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = German;
            CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.DefaultThreadCurrentCulture = German;
        }
    }
}
