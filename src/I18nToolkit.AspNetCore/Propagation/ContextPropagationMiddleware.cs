using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace I18nToolkit.Propagation
{
    /// <summary>
    /// Opens a diagnostic-context scope from the request's W3C <c>baggage</c> header for the whole request, so every
    /// record written while handling it carries the caller's context. A malformed member is ignored with a debug
    /// record; the request never fails because of its baggage.
    /// </summary>
    internal sealed class ContextPropagationMiddleware
    {
        private readonly RequestDelegate _next;
        private readonly ContextPropagationOptions _options;
        private readonly ILogger _logger;

        public ContextPropagationMiddleware(RequestDelegate next, IOptions<ContextPropagationOptions> options, ILogger<ContextPropagationMiddleware> logger)
        {
            _next = next;
            _options = options.Value;
            _logger = logger;
        }

        public async Task InvokeAsync(HttpContext context)
        {
            // Extract never throws: malformed members are skipped (and logged here), valid ones need no second check.
            IDisposable scope = ContextPropagator.Extract(context.Request.Headers, (headers, name) => headers[name], _options, problem => _logger.LogDebug("{Problem}", problem));
            using (scope)
                await _next(context);
        }
    }
}
