using System;
using System.Globalization;

namespace I18nToolkit.Logging
{
    /// <summary>
    /// The log culture: the language (and number format) localized records are written in, whatever culture the code
    /// that logs runs under. Log records are for the people who run the program; a server that serves each request in
    /// its user's language (ASP.NET Core's request localization sets the thread's cultures per request) still writes
    /// one language to its log. Records keep <c>MessageId</c> and <c>MessagePrefix</c>, so any other language can be
    /// rendered later (<c>i18n logs filter --culture</c>).
    /// </summary>
    /// <remarks>
    /// The defaults are the cultures current when the options are created, which is when logging is set up: at
    /// start-up, before any request sets its own (<c>AddLocalizedLogging</c> creates them when it is called; a logger
    /// created without options takes the cultures current when it is created). Loggers read the options when they are
    /// created.
    /// </remarks>
    public sealed class LocalizedLoggingOptions
    {
        private CultureInfo _culture = CultureInfo.CurrentUICulture;
        private CultureInfo _formatCulture = CultureInfo.CurrentCulture;

        /// <summary>
        /// The language records are written in (whose translations are looked up, along its culture chain). Default:
        /// the UI culture current when these options were created.
        /// </summary>
        /// <exception cref="ArgumentNullException">Set to null.</exception>
        public CultureInfo Culture
        {
            get => _culture;
            set => _culture = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary>
        /// The culture the holes' numbers and dates are formatted with in records (Microsoft.Extensions.Logging; a Serilog
        /// sink formats with its own format provider). Default: the culture current when these options were created.
        /// </summary>
        /// <exception cref="ArgumentNullException">Set to null.</exception>
        public CultureInfo FormatCulture
        {
            get => _formatCulture;
            set => _formatCulture = value ?? throw new ArgumentNullException(nameof(value));
        }
    }
}
