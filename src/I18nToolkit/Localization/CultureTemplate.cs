using System.Globalization;
using I18nToolkit.Grammar;

namespace I18nToolkit.Localization
{
    /// <summary>A culture and the template a message renders with in it.</summary>
    internal readonly struct CultureTemplate
    {
        public CultureTemplate(CultureInfo culture, MessageTemplate template)
        {
            Culture = culture;
            Template = template;
        }

        public CultureInfo Culture { get; }

        public MessageTemplate Template { get; }
    }
}
