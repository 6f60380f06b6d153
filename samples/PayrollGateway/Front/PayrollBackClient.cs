using System;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace PayrollGateway.Front
{
    /// <summary>
    /// The back service's typed client. It knows nothing of the diagnostic context: the handler that
    /// <c>AddContextPropagation()</c> adds to its pipeline writes the context into each request's baggage header.
    /// </summary>
    internal sealed class PayrollBackClient
    {
        private readonly HttpClient _http;

        public PayrollBackClient(HttpClient http) => _http = http;

        public Uri? Address => _http.BaseAddress;

        public async Task<BackAnswer> ImportAsync(string batch, string payload, CancellationToken cancellationToken)
        {
            using var content = new StringContent(payload, Encoding.UTF8, "text/plain");
            using HttpResponseMessage response = await _http.PostAsync("imports/" + Uri.EscapeDataString(batch), content, cancellationToken);
            string body = await response.Content.ReadAsStringAsync(cancellationToken);
            return new BackAnswer((int)response.StatusCode, body, response.Content.Headers.ContentType?.ToString() ?? "text/plain");
        }
    }
}
