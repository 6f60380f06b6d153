using System.Reflection;
using Xunit;

namespace I18nToolkit.Serilog.Tests.Packaging
{
    /// <summary>
    /// These tests run twice: on the oldest Serilog the package supports (I18nToolkit.Serilog.Tests) and on the current
    /// one (I18nToolkit.Serilog.Tests.Current, the same sources): each run must be on the version it says.
    /// </summary>
    public class SerilogVersionTests
    {
        // The package version (Serilog's assembly version stayed 2.0.0.0 through 3.x).
        private static string VersionOf(System.Type type) =>
            type.Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+', '-')[0];

        [Fact]
        public void The_tests_run_on_the_intended_Serilog()
        {
            string serilog = VersionOf(typeof(global::Serilog.Log));
            string compact = VersionOf(typeof(global::Serilog.Formatting.Compact.CompactJsonFormatter));
#if SERILOG_CURRENT
            Assert.Equal(("4.4.0", "3.0.0"), (serilog, compact));
#else
            Assert.Equal(("3.1.1", "2.0.0"), (serilog, compact));
#endif
        }
    }
}
