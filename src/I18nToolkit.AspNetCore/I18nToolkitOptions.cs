using System;
using System.Globalization;
using I18nToolkit.Localization;

namespace I18nToolkit.AspNetCore
{
    /// <summary>
    /// What <c>AddI18nToolkit</c> sets up in an ASP.NET Core app. Users read their language (the request's culture, as
    /// <c>UseRequestLocalization</c> sets it); operators read the log culture, whoever sent the request.
    /// </summary>
    public sealed class I18nToolkitOptions
    {
        private CultureInfo _logCulture = CultureInfo.CurrentUICulture;
        private CultureInfo _logFormatCulture = CultureInfo.CurrentCulture;

        /// <summary>
        /// The language of localized log records. Default: the UI culture current when <c>AddI18nToolkit</c> is called
        /// (start-up); configuration key <c>I18nToolkit:LogCulture</c>.
        /// </summary>
        /// <exception cref="ArgumentNullException">Set to null.</exception>
        public CultureInfo LogCulture
        {
            get => _logCulture;
            set => _logCulture = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary>
        /// The culture numbers and dates are formatted with in log records. Default: the culture current when
        /// <c>AddI18nToolkit</c> is called; configuration key <c>I18nToolkit:LogFormatCulture</c>.
        /// </summary>
        /// <exception cref="ArgumentNullException">Set to null.</exception>
        public CultureInfo LogFormatCulture
        {
            get => _logFormatCulture;
            set => _logFormatCulture = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary>
        /// Options of the Localizers behind <c>IStringLocalizer</c> (one per assembly, over the resources its build
        /// generated): whether texts start with the message ID, the ID pattern. Default: <see cref="I18nToolkit.Localization.LocalizerOptions"/>'s defaults.
        /// </summary>
        public LocalizerOptions LocalizerOptions { get; set; } = new LocalizerOptions();

        /// <summary>
        /// The HTTP status of the problem details written for a localized exception that reaches the exception handler.
        /// Default: 500 for every exception.
        /// </summary>
        public Func<Exception, int> ExceptionStatusCode { get; set; } = _ => 500;
    }
}
