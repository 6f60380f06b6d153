using System;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace I18nToolkit.AspNetCore.Localization
{
    /// <summary>
    /// An argument of a message shown in HTML: formatted as the hole asks (format, culture), then HTML-encoded - what
    /// MVC's <c>LocalizedHtmlString</c> does to the arguments of a composite format, for the toolkit's named holes.
    /// </summary>
    internal sealed class HtmlEncodedArgument : IFormattable
    {
        private readonly object _value;

        private HtmlEncodedArgument(object value) => _value = value;

        /// <summary>
        /// The argument to render in HTML: numbers as they are (a plural needs the number; no number format writes
        /// markup), null as null, anything else wrapped.
        /// </summary>
        public static object? For(object? value) => value switch
        {
            null => null,
            byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal => value,
            _ => new HtmlEncodedArgument(value),
        };

        public string ToString(string? format, IFormatProvider? formatProvider)
        {
            if (_value is IHtmlContent html)
            {
                // Markup already (an HtmlString, a tag helper's output): written as it is, as MVC writes such arguments.
                using var writer = new StringWriter(formatProvider);
                html.WriteTo(writer, HtmlEncoder.Default);
                return writer.ToString();
            }

            return HtmlEncoder.Default.Encode(_value is IFormattable formattable ? formattable.ToString(format, formatProvider) : _value.ToString() ?? string.Empty);
        }

        public override string ToString() => ToString(null, CultureInfo.InvariantCulture);
    }
}
