using System;
using System.Globalization;
using System.Linq;
using I18nToolkit.AspNetCore.Exceptions;
using I18nToolkit.AspNetCore.Localization;
using I18nToolkit.AspNetCore;
using I18nToolkit.Logging;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>Sets the toolkit up in an ASP.NET Core app with one call.</summary>
    public static class I18nToolkitServiceCollectionExtensions
    {
        /// <summary>The configuration section <see cref="AddI18nToolkit(IHostApplicationBuilder, Action{I18nToolkitOptions}?)"/> reads.</summary>
        public const string ConfigurationSection = "I18nToolkit";

        /// <summary>
        /// Reads the section <c>I18nToolkit</c> of the app's configuration (<c>LogCulture</c>, <c>LogFormatCulture</c>:
        /// culture names such as <c>en</c> or <c>de-DE</c>; also <c>--I18nToolkit:LogCulture=en</c> on the command line),
        /// then does what <see cref="AddI18nToolkit(IServiceCollection, Action{I18nToolkitOptions}?)"/> does;
        /// <paramref name="configure"/> runs last.
        /// </summary>
        /// <exception cref="InvalidOperationException">A configured culture name is not a culture .NET knows; the message names the key and the value.</exception>
        public static IHostApplicationBuilder AddI18nToolkit(this IHostApplicationBuilder builder, Action<I18nToolkitOptions>? configure = null)
        {
            if (builder is null)
                throw new ArgumentNullException(nameof(builder));
            IConfigurationSection section = builder.Configuration.GetSection(ConfigurationSection);
            CultureInfo? logCulture = ReadCulture(section, nameof(I18nToolkitOptions.LogCulture));
            CultureInfo? logFormatCulture = ReadCulture(section, nameof(I18nToolkitOptions.LogFormatCulture));
            builder.Services.AddI18nToolkit(o =>
            {
                if (logCulture is not null)
                    o.LogCulture = logCulture;
                if (logFormatCulture is not null)
                    o.LogFormatCulture = logFormatCulture;
                configure?.Invoke(o);
            });
            return builder;
        }

        /// <summary>
        /// One call for an ASP.NET Core app: <c>IStringLocalizer</c> and <c>IStringLocalizer&lt;T&gt;</c> over the toolkit's
        /// Localizers and resources (names with a message ID are toolkit messages; other names work as
        /// <c>AddLocalization()</c>'s, which this calls), localized loggers writing in the log culture
        /// (<see cref="I18nToolkitOptions.LogCulture"/>, default: the culture at this call) whatever culture a request runs
        /// under, <c>IHtmlLocalizer</c> and views' <c>IViewLocalizer</c> over the same messages (their arguments
        /// HTML-encoded), and an exception handler that answers a localized exception with problem details in the request's
        /// language (add <c>app.UseExceptionHandler()</c>). Called again, it configures the same options.
        /// </summary>
        public static IServiceCollection AddI18nToolkit(this IServiceCollection services, Action<I18nToolkitOptions>? configure = null)
        {
            if (services is null)
                throw new ArgumentNullException(nameof(services));

            // The logging options are made now (or were, by AddLocalizedLogging), so that the defaults are the cultures
            // of start-up, not of a request's.
            var options = Registered<I18nToolkitOptions>(services);
            bool first = options is null;
            options ??= new I18nToolkitOptions(Registered<LocalizedLoggingOptions>(services.AddLocalizedLogging())!);
            configure?.Invoke(options);
            if (!first)
                return services;

            services.AddSingleton(options);
            services.AddLocalization();

            // Plain names keep going where they went: Microsoft.Extensions.Localization's factory, or the app's own.
            ServiceDescriptor plain = services.Last(d => !d.IsKeyedService && d.ServiceType == typeof(IStringLocalizerFactory));
            services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory>(provider => new ToolkitStringLocalizerFactory(Create(provider, plain), options)));

            // Views' IViewLocalizer and IHtmlLocalizer: MVC's own factory would format toolkit messages with string.Format.
            ServiceDescriptor? html = services.LastOrDefault(d => !d.IsKeyedService && d.ServiceType == typeof(IHtmlLocalizerFactory));
            if (html is null || html.ImplementationType == typeof(HtmlLocalizerFactory))
                services.Replace(ServiceDescriptor.Singleton<IHtmlLocalizerFactory>(provider => new ToolkitHtmlLocalizerFactory(provider.GetRequiredService<IStringLocalizerFactory>())));
            services.AddProblemDetails();
            services.AddExceptionHandler<LocalizedExceptionHandler>();
            return services;
        }

        private static IStringLocalizerFactory Create(IServiceProvider provider, ServiceDescriptor descriptor) =>
            (IStringLocalizerFactory)(descriptor.ImplementationInstance
                ?? descriptor.ImplementationFactory?.Invoke(provider)
                ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));

        private static T? Registered<T>(IServiceCollection services)
            where T : class =>
            services.FirstOrDefault(d => !d.IsKeyedService && d.ServiceType == typeof(T))?.ImplementationInstance as T;

        private static CultureInfo? ReadCulture(IConfigurationSection section, string key)
        {
            string? name = section[key];
            if (string.IsNullOrWhiteSpace(name))
                return null;
            try
            {
                return CultureInfo.GetCultureInfo(name.Trim(), predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                throw new InvalidOperationException($"Configuration {section.Path}:{key} is '{name}', which is not a culture .NET knows. Use a name such as 'en' or 'de-DE'.");
            }
        }
    }
}
