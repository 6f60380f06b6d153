using System;
using I18nToolkit.Propagation;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>One registration call per direction for the diagnostic context across HTTP.</summary>
    public static class ContextPropagationExtensions
    {
        /// <summary>
        /// Incoming requests open a context scope from their W3C <c>baggage</c> header. Put it early in the pipeline
        /// (before the endpoints whose records should carry the caller's context).
        /// </summary>
        public static IApplicationBuilder UseContextPropagation(this IApplicationBuilder app)
        {
            if (app is null)
                throw new ArgumentNullException(nameof(app));
            return app.UseMiddleware<ContextPropagationMiddleware>();
        }

        /// <summary>Requests of this client carry the current diagnostic context in their W3C <c>baggage</c> header.</summary>
        public static IHttpClientBuilder AddContextPropagation(this IHttpClientBuilder builder, Action<ContextPropagationOptions>? configure = null)
        {
            if (builder is null)
                throw new ArgumentNullException(nameof(builder));
            var options = new ContextPropagationOptions();
            configure?.Invoke(options);
            return builder.AddHttpMessageHandler(() => new ContextPropagationHandler(options));
        }

        /// <summary>Sets which keys cross and the limits, for the middleware (default: every key, W3C limits).</summary>
        public static IServiceCollection ConfigureContextPropagation(this IServiceCollection services, Action<ContextPropagationOptions> configure) =>
            services.Configure(configure);
    }
}
