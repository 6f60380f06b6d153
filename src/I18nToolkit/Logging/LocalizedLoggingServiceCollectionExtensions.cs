using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace I18nToolkit.Logging
{
    /// <summary>Registers the localized loggers with dependency injection.</summary>
    public static class LocalizedLoggingServiceCollectionExtensions
    {
        /// <summary>
        /// Makes <see cref="LocalizedLogger{TCategoryName}"/> injectable (a singleton per category, like
        /// <c>ILogger&lt;T&gt;</c>). Call it next to <c>AddLogging</c>.
        /// </summary>
        public static IServiceCollection AddLocalizedLogging(this IServiceCollection services)
        {
            if (services is null)
                throw new ArgumentNullException(nameof(services));
            services.TryAdd(ServiceDescriptor.Singleton(typeof(LocalizedLogger<>), typeof(LocalizedLogger<>)));
            return services;
        }
    }
}
