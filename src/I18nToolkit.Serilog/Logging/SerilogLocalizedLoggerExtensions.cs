using I18nToolkit.Logging;

namespace Serilog
{
    /// <summary>Creates localized loggers from Serilog loggers.</summary>
    public static class SerilogLocalizedLoggerExtensions
    {
        /// <summary>Wraps <paramref name="logger"/> in a logger that accepts only localized messages.</summary>
        /// <param name="logger">The logger to write to.</param>
        /// <param name="options">The log culture; null for the UI culture current now (create loggers at start-up, or pass the options).</param>
        public static SerilogLocalizedLogger Localized(this ILogger logger, LocalizedLoggingOptions? options = null) => new SerilogLocalizedLogger(logger, options);
    }
}
