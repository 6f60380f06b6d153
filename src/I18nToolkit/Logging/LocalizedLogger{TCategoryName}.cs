using System;
using Microsoft.Extensions.Logging;

namespace I18nToolkit.Logging
{
    /// <summary>
    /// A <see cref="LocalizedLogger"/> whose category is the name of <typeparamref name="TCategoryName"/>;
    /// resolve it from dependency injection (see <see cref="LocalizedLoggingServiceCollectionExtensions.AddLocalizedLogging(Microsoft.Extensions.DependencyInjection.IServiceCollection)"/>),
    /// which gives it the log culture registered there.
    /// </summary>
    /// <typeparam name="TCategoryName">The type whose name is the category.</typeparam>
    public sealed class LocalizedLogger<TCategoryName> : LocalizedLogger
    {
        /// <summary>Creates the logger from <paramref name="factory"/>; records are written in the (UI) culture current now.</summary>
        public LocalizedLogger(ILoggerFactory factory)
            : this(factory, null)
        {
        }

        /// <summary>Creates the logger from <paramref name="factory"/>, writing records in the log culture of <paramref name="options"/>.</summary>
        /// <param name="factory">The logger factory.</param>
        /// <param name="options">The log culture; null for the cultures current now.</param>
        public LocalizedLogger(ILoggerFactory factory, LocalizedLoggingOptions? options)
            : base((factory ?? throw new ArgumentNullException(nameof(factory))).CreateLogger<TCategoryName>(), options)
        {
        }
    }
}
