using System;
using System.Globalization;
using I18nToolkit.Localization;
using I18nToolkit.Logging;

namespace I18nToolkit.AspNetCore
{
    /// <summary>
    /// What <c>AddI18nToolkit</c> sets up in an ASP.NET Core app. Users read their language (the request's culture, as
    /// <c>UseRequestLocalization</c> sets it); operators read the log culture, whoever sent the request.
    /// </summary>
    public sealed class I18nToolkitOptions
    {
        internal I18nToolkitOptions(LocalizedLoggingOptions logging) => Logging = logging;

        /// <summary>
        /// The log culture of the app's localized loggers (the instance <c>AddLocalizedLogging</c> registers): the language
        /// of records and their number format. Defaults: the cultures current when <c>AddI18nToolkit</c> (or
        /// <c>AddLocalizedLogging</c>) was first called, at start-up; configuration keys <c>I18nToolkit:LogCulture</c> and
        /// <c>I18nToolkit:LogFormatCulture</c>.
        /// </summary>
        public LocalizedLoggingOptions Logging { get; }

        /// <summary>The language of localized log records: <see cref="Logging"/>'s <see cref="LocalizedLoggingOptions.Culture"/>.</summary>
        /// <exception cref="ArgumentNullException">Set to null.</exception>
        public CultureInfo LogCulture
        {
            get => Logging.Culture;
            set => Logging.Culture = value;
        }

        /// <summary>The number and date format of log records: <see cref="Logging"/>'s <see cref="LocalizedLoggingOptions.FormatCulture"/>.</summary>
        /// <exception cref="ArgumentNullException">Set to null.</exception>
        public CultureInfo LogFormatCulture
        {
            get => Logging.FormatCulture;
            set => Logging.FormatCulture = value;
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
