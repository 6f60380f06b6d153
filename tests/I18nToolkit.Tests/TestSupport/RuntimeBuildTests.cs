using System.Reflection;
using System.Runtime.Versioning;
using Xunit;

namespace I18nToolkit.Tests.TestSupport
{
    /// <summary>
    /// These tests run twice: against the runtime's net8.0 build (I18nToolkit.Tests) and its netstandard2.0 build
    /// (I18nToolkit.Tests.NetStandard, the same sources): each run must be testing the build it says.
    /// </summary>
    public class RuntimeBuildTests
    {
        [Fact]
        public void The_tests_run_against_the_intended_build_of_the_runtime()
        {
            string? framework = typeof(I18nToolkit.Localization.Localizer).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;
#if RUNTIME_NETSTANDARD
            Assert.Equal(".NETStandard,Version=v2.0", framework);
#else
            Assert.Equal(".NETCoreApp,Version=v8.0", framework);
#endif
        }
    }
}
