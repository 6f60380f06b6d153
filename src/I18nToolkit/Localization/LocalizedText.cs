using System.Globalization;

namespace I18nToolkit.Localization
{
    /// <summary>The lookup-then-render step every localized message type shares.</summary>
    internal static class LocalizedText
    {
        public static string Render<TMessage>(in TMessage message, CultureInfo uiCulture, CultureInfo formatCulture)
            where TMessage : struct, ILocalizedMessage
        {
            Localizer? localizer = message.Localizer;
            if (localizer is null)
                return string.Empty;
            return message.Render(localizer.GetEntry(message.Message).GetTemplate(uiCulture), formatCulture);
        }

        public static string? GetMessageId<TMessage>(in TMessage message)
            where TMessage : struct, ILocalizedMessage
        {
            Localizer? localizer = message.Localizer;
            return localizer is null ? null : localizer.GetEntry(message.Message).Id.Value;
        }
    }
}
