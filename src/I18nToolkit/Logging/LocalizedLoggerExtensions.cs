using System;
using Microsoft.Extensions.Logging;

namespace I18nToolkit.Logging
{
    /// <summary>Creates localized loggers from the standard logging types.</summary>
    public static class LocalizedLoggerExtensions
    {
        /// <summary>Wraps <paramref name="logger"/> in a logger that accepts only localized messages.</summary>
        public static LocalizedLogger Localized(this ILogger logger) => new LocalizedLogger(logger);

        /// <summary>Creates a localized logger whose category is the name of <typeparamref name="T"/>.</summary>
        public static LocalizedLogger<T> CreateLocalizedLogger<T>(this ILoggerFactory factory) => new LocalizedLogger<T>(factory);

        /// <summary>Creates a localized logger for <paramref name="categoryName"/>.</summary>
        public static LocalizedLogger CreateLocalizedLogger(this ILoggerFactory factory, string categoryName) =>
            new LocalizedLogger((factory ?? throw new ArgumentNullException(nameof(factory))).CreateLogger(categoryName));
    }
}
