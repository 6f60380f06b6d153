using I18nToolkit.Localization;

namespace PayrollGateway
{
    /// <summary>The sample's Localizer: prefix "PayrollGateway", resources Resources/Messages*.resx.</summary>
    internal static class Messages
    {
        public static readonly Localizer Loc = Localizer.ForAssembly(typeof(Messages).Assembly);
    }
}
