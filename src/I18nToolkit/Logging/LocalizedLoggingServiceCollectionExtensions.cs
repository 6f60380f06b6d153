using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace I18nToolkit.Logging
{
    /// <summary>Registers the localized loggers with dependency injection.</summary>
    public static class LocalizedLoggingServiceCollectionExtensions
    {
        /// <summary>
        /// Makes <see cref="LocalizedLogger{TCategoryName}"/> injectable (a singleton per category, like
        /// <c>ILogger&lt;T&gt;</c>), writing records in the cultures current when this is called (at start-up, before any
        /// request sets its own). Call it next to <c>AddLogging</c>.
        /// </summary>
        public static IServiceCollection AddLocalizedLogging(this IServiceCollection services) => AddLocalizedLogging(services, null);

        /// <summary>
        /// Makes <see cref="LocalizedLogger{TCategoryName}"/> injectable and sets its log culture:
        /// <c>services.AddLocalizedLogging(o =&gt; o.Culture = CultureInfo.GetCultureInfo("en"))</c>. Called again, it
        /// configures the same options. The options are also injectable, for loggers made by hand.
        /// </summary>
        /// <param name="services">The services.</param>
        /// <param name="configure">Sets the log culture; null keeps the cultures current at the first call.</param>
        public static IServiceCollection AddLocalizedLogging(this IServiceCollection services, Action<LocalizedLoggingOptions>? configure)
        {
            if (services is null)
                throw new ArgumentNullException(nameof(services));

            // One instance, made now: its defaults are the cultures of start-up, not of the request that first
            // resolves a logger.
            var options = services.FirstOrDefault(d => !d.IsKeyedService && d.ServiceType == typeof(LocalizedLoggingOptions))?.ImplementationInstance as LocalizedLoggingOptions;
            if (options is null)
            {
                options = new LocalizedLoggingOptions();
                services.TryAdd(ServiceDescriptor.Singleton(options));
            }

            configure?.Invoke(options);
            services.TryAdd(ServiceDescriptor.Singleton(typeof(LocalizedLogger<>), typeof(LocalizedLogger<>)));
            return services;
        }
    }
}
