using System;
using Microsoft.Extensions.Logging;

namespace I18nToolkit.Logging
{
    /// <summary>Creates localized loggers from the standard logging types.</summary>
    public static class LocalizedLoggerExtensions
    {
        /// <summary>Wraps <paramref name="logger"/> in a logger that accepts only localized messages.</summary>
        /// <param name="logger">The logger to write to.</param>
        /// <param name="options">The log culture; null for the cultures current now (create loggers at start-up, or pass the options).</param>
        public static LocalizedLogger Localized(this ILogger logger, LocalizedLoggingOptions? options = null) => new LocalizedLogger(logger, options);

        /// <summary>Creates a localized logger whose category is the name of <typeparamref name="T"/>.</summary>
        /// <param name="factory">The logger factory.</param>
        /// <param name="options">The log culture; null for the cultures current now.</param>
        public static LocalizedLogger<T> CreateLocalizedLogger<T>(this ILoggerFactory factory, LocalizedLoggingOptions? options = null) => new LocalizedLogger<T>(factory, options);

        /// <summary>Creates a localized logger for <paramref name="categoryName"/>.</summary>
        /// <param name="factory">The logger factory.</param>
        /// <param name="categoryName">The category.</param>
        /// <param name="options">The log culture; null for the cultures current now.</param>
        public static LocalizedLogger CreateLocalizedLogger(this ILoggerFactory factory, string categoryName, LocalizedLoggingOptions? options = null) =>
            new LocalizedLogger((factory ?? throw new ArgumentNullException(nameof(factory))).CreateLogger(categoryName), options);
    }
}
