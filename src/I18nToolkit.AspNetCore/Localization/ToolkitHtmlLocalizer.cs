using System;
using System.Collections.Generic;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.Localization;

namespace I18nToolkit.AspNetCore.Localization
{
    /// <summary>
    /// <see cref="IHtmlLocalizer"/> (and through it MVC's <c>IViewLocalizer</c>) over the toolkit: a name with a message
    /// ID renders like the <see cref="ToolkitStringLocalizer"/>, its arguments HTML-encoded and its text trusted as a
    /// resource's is; other names go to MVC's own <see cref="HtmlLocalizer"/>. MVC's formats the text with
    /// <c>string.Format</c>, which knows no named holes or plurals, so it cannot take toolkit messages itself.
    /// </summary>
    internal sealed class ToolkitHtmlLocalizer : IHtmlLocalizer
    {
        private readonly ToolkitStringLocalizer _strings;
        private readonly HtmlLocalizer _plain;

        public ToolkitHtmlLocalizer(ToolkitStringLocalizer strings)
        {
            _strings = strings;
            _plain = new HtmlLocalizer(strings);
        }

        public LocalizedHtmlString this[string name]
        {
            get
            {
                if (name is null)
                    throw new ArgumentNullException(nameof(name));
                return _strings.IsMessage(name) ? Html(_strings[name]) : _plain[name];
            }
        }

        public LocalizedHtmlString this[string name, params object[] arguments]
        {
            get
            {
                if (name is null)
                    throw new ArgumentNullException(nameof(name));
                if (!_strings.IsMessage(name))
                    return _plain[name, arguments];
                object?[] encoded = arguments is null ? Array.Empty<object?>() : Array.ConvertAll(arguments, HtmlEncodedArgument.For);
                return Html(_strings[name, encoded!]);
            }
        }

        public LocalizedString GetString(string name) => _strings[name];

        public LocalizedString GetString(string name, params object[] arguments) => _strings[name, arguments];

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => _strings.GetAllStrings(includeParentCultures);

        // The text is rendered already (its arguments encoded): no arguments are left for LocalizedHtmlString to format.
        private static LocalizedHtmlString Html(LocalizedString text) => new LocalizedHtmlString(text.Name, text.Value, text.ResourceNotFound);
    }
}
