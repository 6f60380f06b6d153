using I18nToolkit.Context;
using I18nToolkit.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace PayrollGateway.Hosting
{
    /// <summary>What both services share: the address, the toolkit (log culture, localizers), and the logging stack.</summary>
    internal static class GatewayHost
    {
        /// <summary>
        /// A builder listening on <see cref="GatewayOptions.Urls"/> that logs one console line per record with its context,
        /// and CLEF lines to <see cref="GatewayOptions.LogPath"/>, each record with the diagnostic context.
        /// </summary>
        public static WebApplicationBuilder CreateBuilder(GatewayOptions options)
        {
            WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls(options.Urls);
            // Replies follow the request's Accept-Language; the log stays in the log culture, whoever asked.
            builder.AddI18nToolkit(o => o.LogCulture = o.LogFormatCulture = options.LogCulture);
            builder.Logging.ClearProviders()
                .SetMinimumLevel(LogLevel.Information)
                .AddFilter("Microsoft.AspNetCore", LogLevel.Warning)
                .AddFilter("Microsoft.Hosting", LogLevel.Warning)
                .AddDiagnosticContext()
                .AddSimpleConsole(o =>
                {
                    o.SingleLine = true;
                    o.IncludeScopes = true;
                });
            if (options.LogPath is not null)
                builder.Logging.AddClef(o => o.Path = options.LogPath);
            return builder;
        }
    }
}
