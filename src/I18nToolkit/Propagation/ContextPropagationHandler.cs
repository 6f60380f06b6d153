using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace I18nToolkit.Propagation
{
    /// <summary>
    /// An <see cref="HttpClient"/> handler that writes the current diagnostic context into each request's W3C
    /// <c>baggage</c> header, merged with the baggage already on the request or on <see cref="System.Diagnostics.Activity.Current"/>
    /// (one header, each key once). Put it in the client's pipeline: <c>new HttpClient(new ContextPropagationHandler { InnerHandler = … })</c>.
    /// </summary>
    public sealed class ContextPropagationHandler : DelegatingHandler
    {
        private readonly ContextPropagationOptions? _options;

        /// <summary>Creates the handler; <paramref name="options"/> choose the keys and limits (default: every key, W3C limits).</summary>
        public ContextPropagationHandler(ContextPropagationOptions? options = null) => _options = options;

        /// <inheritdoc />
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request is null)
                throw new ArgumentNullException(nameof(request));
            ContextPropagator.Inject(
                request,
                (r, name) => r.Headers.TryGetValues(name, out IEnumerable<string>? values) ? values : null,
                (r, name, value) =>
                {
                    r.Headers.Remove(name);
                    r.Headers.TryAddWithoutValidation(name, value);
                },
                _options);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
