using I18nToolkit.Logging;

namespace Serilog
{
    /// <summary>Creates localized loggers from Serilog loggers.</summary>
    public static class SerilogLocalizedLoggerExtensions
    {
        /// <summary>Wraps <paramref name="logger"/> in a logger that accepts only localized messages.</summary>
        public static SerilogLocalizedLogger Localized(this ILogger logger) => new SerilogLocalizedLogger(logger);
    }
}
