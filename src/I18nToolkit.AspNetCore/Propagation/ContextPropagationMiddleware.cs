using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace I18nToolkit.Propagation
{
    /// <summary>
    /// Opens a diagnostic-context scope from the request's W3C <c>baggage</c> header for the whole request. Every
    /// member is passed on to the services the request calls; the ones the options accept (or all, for a request
    /// <c>isTrusted</c> trusts) enter the records written while handling it. A malformed member is ignored with a
    /// debug record; the request never fails because of its baggage.
    /// </summary>
    internal sealed class ContextPropagationMiddleware
    {
        private readonly RequestDelegate _next;
        private readonly ContextPropagationOptions _options;
        private readonly ContextPropagationOptions _trusted;
        private readonly Func<HttpContext, bool>? _isTrusted;
        private readonly ILogger _logger;
        private int _notAcceptedReported;

        public ContextPropagationMiddleware(RequestDelegate next, IOptions<ContextPropagationOptions> options, ILogger<ContextPropagationMiddleware> logger, Func<HttpContext, bool>? isTrusted = null)
        {
            _next = next;
            _options = options.Value;
            _trusted = _options.TrustingAll();
            _isTrusted = isTrusted;
            _logger = logger;
        }

        public async Task InvokeAsync(HttpContext context)
        {
            IDisposable scope = ContextPropagator.ExtractValues(
                context.Request.Headers[ContextPropagator.HeaderName],
                _isTrusted?.Invoke(context) == true ? _trusted : _options,
                problem => _logger.LogDebug("{Problem}", problem),
                ReportNotAccepted);
            using (scope)
                await _next(context);
        }

        /// <summary>
        /// Keys passed on without entering the records: a debug record per request, and once per application an
        /// information record saying how to accept them - so a context that never shows up in the logs is never a mystery.
        /// </summary>
        private void ReportNotAccepted(IReadOnlyList<string> keys)
        {
            if (Interlocked.Exchange(ref _notAcceptedReported, 1) == 0)
            {
                _logger.LogInformation(
                    "Baggage keys {Keys} of a request are passed on but not added to its log records: name them in ContextPropagationOptions.AcceptedKeys, or trust the caller (AcceptAll, or UseContextPropagation(isTrusted)). Reported once.",
                    string.Join(", ", keys));
            }
            else
            {
                _logger.LogDebug("Baggage keys {Keys} are passed on but not added to the log records.", string.Join(", ", keys));
            }
        }
    }
}
