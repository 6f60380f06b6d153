using System;
using Microsoft.Extensions.Logging;

namespace I18nToolkit.Logging
{
    /// <summary>
    /// A <see cref="LocalizedLogger"/> whose category is the name of <typeparamref name="TCategoryName"/>;
    /// resolve it from dependency injection (see <see cref="LocalizedLoggingServiceCollectionExtensions.AddLocalizedLogging"/>).
    /// </summary>
    /// <typeparam name="TCategoryName">The type whose name is the category.</typeparam>
    public sealed class LocalizedLogger<TCategoryName> : LocalizedLogger
    {
        /// <summary>Creates the logger from <paramref name="factory"/>.</summary>
        public LocalizedLogger(ILoggerFactory factory)
            : base((factory ?? throw new ArgumentNullException(nameof(factory))).CreateLogger<TCategoryName>())
        {
        }
    }
}
