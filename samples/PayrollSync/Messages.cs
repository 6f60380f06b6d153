using I18nToolkit.Localization;

namespace PayrollSync
{
    /// <summary>The sample's Localizer: prefix "PayrollSync", resources Resources/Messages*.resx.</summary>
    internal static class Messages
    {
        public static readonly Localizer Loc = Localizer.ForAssembly(typeof(Messages).Assembly);
    }
}
