using I18nToolkit.Localization;

namespace I18nToolkit.Tests.TestSupport
{
    /// <summary>The test assembly's Localizer, over the .resx files in Resources/ (compiled into satellite assemblies).</summary>
    internal static class TestMessages
    {
        public static readonly Localizer Loc = Localizer.ForAssembly(typeof(TestMessages).Assembly);
    }
}
