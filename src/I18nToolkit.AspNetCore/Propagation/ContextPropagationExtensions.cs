using System;
using I18nToolkit.Propagation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>One registration call per direction for the diagnostic context across HTTP.</summary>
    public static class ContextPropagationExtensions
    {
        /// <summary>
        /// Incoming requests open a context scope from their W3C <c>baggage</c> header: every member is passed on to the
        /// services the request calls, and the keys <see cref="ContextPropagationOptions.AcceptedKeys"/> names (by default
        /// none, see <see cref="ConfigureContextPropagation"/>) enter its log records. Put it early in the pipeline
        /// (before the endpoints whose records should carry the caller's context).
        /// </summary>
        public static IApplicationBuilder UseContextPropagation(this IApplicationBuilder app)
        {
            if (app is null)
                throw new ArgumentNullException(nameof(app));
            return app.UseMiddleware<ContextPropagationMiddleware>();
        }

        /// <summary>
        /// As <see cref="UseContextPropagation(IApplicationBuilder)"/>, and every key of a request
        /// <paramref name="isTrusted"/> trusts (a caller on the internal network, an authenticated service) enters its
        /// records; other requests keep to <see cref="ContextPropagationOptions.AcceptedKeys"/>.
        /// </summary>
        /// <example><c>app.UseContextPropagation(http => IPAddress.IsLoopback(http.Connection.RemoteIpAddress!));</c></example>
        public static IApplicationBuilder UseContextPropagation(this IApplicationBuilder app, Func<HttpContext, bool> isTrusted)
        {
            if (app is null)
                throw new ArgumentNullException(nameof(app));
            if (isTrusted is null)
                throw new ArgumentNullException(nameof(isTrusted));
            return app.UseMiddleware<ContextPropagationMiddleware>(isTrusted);
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

        /// <summary>
        /// Sets, for the middleware, which keys cross, which received keys enter the records (default: none - a caller's
        /// baggage is passed on but writes nothing into this service's records) and the limits (default: W3C's).
        /// </summary>
        public static IServiceCollection ConfigureContextPropagation(this IServiceCollection services, Action<ContextPropagationOptions> configure) =>
            services.Configure(configure);
    }
}
