namespace I18nToolkit.AspNetCore.Tests.Localization
{
    /// <summary>A type with resources of its own, laid out as Microsoft.Extensions.Localization finds them (Resources/Localization/Greeter.*.resx).</summary>
    public sealed class Greeter
    {
    }
}
