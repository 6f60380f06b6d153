using System;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.Localization;

namespace I18nToolkit.AspNetCore.Localization
{
    /// <summary>Makes every <see cref="IHtmlLocalizer"/> (views' <c>IViewLocalizer</c> among them) a <see cref="ToolkitHtmlLocalizer"/>.</summary>
    internal sealed class ToolkitHtmlLocalizerFactory : IHtmlLocalizerFactory
    {
        private readonly IStringLocalizerFactory _strings;

        public ToolkitHtmlLocalizerFactory(IStringLocalizerFactory strings) => _strings = strings;

        public IHtmlLocalizer Create(Type resourceSource) => For(_strings.Create(resourceSource));

        public IHtmlLocalizer Create(string baseName, string location) => For(_strings.Create(baseName, location));

        // Another factory than the toolkit's (the app replaced it after AddI18nToolkit): MVC's own localizer over it.
        private static IHtmlLocalizer For(IStringLocalizer strings) =>
            strings is ToolkitStringLocalizer toolkit ? new ToolkitHtmlLocalizer(toolkit) : new HtmlLocalizer(strings);
    }
}
