using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using I18nToolkit.Context;
using I18nToolkit.Propagation;
using I18nToolkit.Tests.Propagation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace I18nToolkit.AspNetCore.Tests.Propagation
{
    public sealed class ContextPropagationMiddlewareTests : IAsyncLifetime
    {
        private readonly CapturingProvider _records = new CapturingProvider();
        private WebApplication _app = null!;
        private string _address = string.Empty;

        public async Task InitializeAsync()
        {
            WebApplicationBuilder builder = WebApplication.CreateBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Debug).AddDiagnosticContext().AddProvider(_records);
            builder.Services.AddHttpClient("back", c => c.BaseAddress = new Uri("http://127.0.0.1/")).AddContextPropagation();
            builder.Services.AddHttpClient("back512").AddContextPropagation(o => o.MaxEntries = 512);
            builder.Services.ConfigureContextPropagation(o => o.AcceptedKeys = new[] { "Application", "Msgid" });
            _app = builder.Build();
            _app.UseContextPropagation(http => http.Request.Path.StartsWithSegments("/trusted"));
            _app.MapGet("/back", (ILoggerFactory loggers) =>
            {
                // A third-party library: plain ILogger, knows nothing of the toolkit.
                loggers.CreateLogger("ThirdParty.Parser").LogWarning("Encoding missing, assuming UTF-8");
                return "ok";
            });
            _app.MapGet("/baggage", (HttpRequest request) => string.Join("\n", request.Headers["baggage"].ToArray()));
            _app.MapGet("/front", async (IHttpClientFactory clients) =>
            {
                using (DiagnosticContext.Push(("Application", "Payrollsync"), ("Msgid", "ID-42")))
                    return await clients.CreateClient("back").GetStringAsync(_address + "/back");
            });
            _app.MapGet("/trusted/hop", HopAsync);
            _app.MapGet("/hop", HopAsync);
            await _app.StartAsync();
            _address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        }

        public async Task DisposeAsync() => await _app.DisposeAsync();

        /// <summary>
        /// One hop of a W3C case: the caller's header came in through the middleware; the case's members are pushed;
        /// the request goes on to <c>/baggage</c> through IHttpClientFactory + AddContextPropagation(), which echoes the
        /// header it got. Replies with that header ("(none)" for none) and the context the records here carry.
        /// </summary>
        private async Task<string> HopAsync(string name, IHttpClientFactory clients, ILoggerFactory loggers)
        {
            W3cBaggageCase test = W3cBaggageCase.Named(name);
            using (test.Pushed is null ? null : DiagnosticContext.Push(test.Pushed.Select(p => (p.Key, (object)p.Value)).ToArray()))
            {
                loggers.CreateLogger("ThirdParty.Hop").LogInformation("hop {Case}", name);
                string echoed = await clients.CreateClient(test.MaxEntries > 64 ? "back512" : "back").GetStringAsync(_address + "/baggage");
                return echoed.Length == 0 ? "(none)" : echoed;
            }
        }

        [Theory]
        [MemberData(nameof(W3cBaggageCase.Rows), MemberType = typeof(W3cBaggageCase))]
        public async Task The_w3c_reference_cases_cross_a_real_hop_as_the_reference_writes_them(string name)
        {
            W3cBaggageCase test = W3cBaggageCase.Named(name);
            using var client = new HttpClient();
            var request = new HttpRequestMessage(HttpMethod.Get, _address + "/trusted/hop?name=" + Uri.EscapeDataString(name));
            if (test.Received is not null)
                Assert.True(request.Headers.TryAddWithoutValidation("baggage", test.Received));

            HttpResponseMessage response = await client.SendAsync(request);

            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            Assert.Equal(test.Header ?? "(none)", await response.Content.ReadAsStringAsync());
            Record hop = _records.Records.Single(r => r.Category == "ThirdParty.Hop" && r.Message == "hop " + name);
            foreach (W3cBaggageCase.Member member in test.Members)
                Assert.Equal(member.Value, hop.Scope[member.Key]); // a trusted caller's members are the records' context
        }

        [Fact]
        public async Task An_untrusted_callers_other_keys_are_passed_on_but_never_reach_the_records_and_the_service_says_so()
        {
            using var client = new HttpClient();
            var request = new HttpRequestMessage(HttpMethod.Get, _address + "/hop?name=" + Uri.EscapeDataString("BaggageEntry.parse_simple"));
            request.Headers.TryAddWithoutValidation("baggage", "Application=Evil,Tenant=acme;p=1,Msgid=ID-7");

            string forwarded = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

            Assert.Equal("Application=Evil,Tenant=acme;p=1,Msgid=ID-7", forwarded);
            Record hop = _records.Records.Single(r => r.Category == "ThirdParty.Hop" && r.Scope.ContainsKey("Msgid") && (string?)r.Scope["Msgid"] == "ID-7");
            Assert.Equal("Evil", hop.Scope["Application"]); // accepted from anyone: the options name it
            Assert.False(hop.Scope.ContainsKey("Tenant"));
            Assert.Contains(_records.Records, r => r.Level == LogLevel.Information && r.Message.Contains("Tenant", StringComparison.Ordinal) && r.Message.Contains("AcceptedKeys", StringComparison.Ordinal));
        }

        [Fact]
        public async Task An_incoming_baggage_header_is_the_requests_context()
        {
            using var client = new HttpClient();
            var request = new HttpRequestMessage(HttpMethod.Get, _address + "/back");
            request.Headers.TryAddWithoutValidation("baggage", "Application=Payrollsync,Msgid=ID-7");

            HttpResponseMessage response = await client.SendAsync(request);

            Assert.True(response.IsSuccessStatusCode);
            Record warning = _records.Records.Single(r => r.Category == "ThirdParty.Parser");
            Assert.Equal("Payrollsync", warning.Scope["Application"]);
            Assert.Equal("ID-7", warning.Scope["Msgid"]);
        }

        [Fact]
        public async Task The_front_services_context_reaches_the_back_services_records_through_http_client_factory()
        {
            using var client = new HttpClient();

            string body = await client.GetStringAsync(_address + "/front");

            Assert.Equal("ok", body);
            Record warning = _records.Records.Single(r => r.Category == "ThirdParty.Parser");
            Assert.Equal("Payrollsync", warning.Scope["Application"]);
            Assert.Equal("ID-42", warning.Scope["Msgid"]);
        }

        [Fact]
        public async Task On_the_wire_the_activitys_baggage_and_the_context_are_one_header_without_duplicates()
        {
            // The runtime's own HttpClient instrumentation (DiagnosticsHandler) injects the activity's baggage too, after
            // every delegating handler; it must find the merged header and add nothing.
            using var listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == "System.Net.Http",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            };
            ActivitySource.AddActivityListener(listener);
            using var client = new HttpClient(new ContextPropagationHandler { InnerHandler = new SocketsHttpHandler() });
            using var activity = new Activity("front-request").AddBaggage("traceTier", "gold").Start();

            string received;
            using (DiagnosticContext.Push(("Application", "Payrollsync"), ("Msgid", "ID-42")))
                received = await client.GetStringAsync(_address + "/baggage");

            string header = Assert.Single(received.Split('\n'));
            Assert.Equal(new[] { "Application", "Msgid", "traceTier" }, BaggageCodec.Parse(new[] { header }).Select(e => e.Key).OrderBy(k => k, StringComparer.Ordinal));
        }

        [Fact]
        public async Task Malformed_baggage_never_fails_the_request_and_leaves_a_debug_record()
        {
            using var client = new HttpClient();
            var request = new HttpRequestMessage(HttpMethod.Get, _address + "/back");
            request.Headers.TryAddWithoutValidation("baggage", "Application=Payrollsync,bad key=1,Msgid=a b");

            HttpResponseMessage response = await client.SendAsync(request);

            Assert.True(response.IsSuccessStatusCode);
            Record warning = _records.Records.Single(r => r.Category == "ThirdParty.Parser");
            Assert.Equal("Payrollsync", warning.Scope["Application"]);
            Assert.False(warning.Scope.ContainsKey("Msgid"));
            Assert.Equal(2, _records.Records.Count(r => r.Level == LogLevel.Debug && r.Message.StartsWith("Ignored baggage", StringComparison.Ordinal)));
        }

        internal sealed record Record(string Category, LogLevel Level, string Message, Dictionary<string, object?> Scope);

        private sealed class CapturingProvider : ILoggerProvider, ISupportExternalScope
        {
            private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

            public ConcurrentQueue<Record> Records { get; } = new ConcurrentQueue<Record>();

            public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

            public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

            public void Dispose()
            {
            }

            private sealed class Logger : ILogger
            {
                private readonly string _category;
                private readonly CapturingProvider _provider;

                public Logger(string category, CapturingProvider provider)
                {
                    _category = category;
                    _provider = provider;
                }

                public IDisposable? BeginScope<TState>(TState state)
                    where TState : notnull => _provider._scopes.Push(state);

                public bool IsEnabled(LogLevel logLevel) => true;

                public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                {
                    if (!_category.StartsWith("ThirdParty", StringComparison.Ordinal) && !_category.Contains("ContextPropagation", StringComparison.Ordinal))
                        return;
                    var scope = new Dictionary<string, object?>();
                    _provider._scopes.ForEachScope((s, d) =>
                    {
                        if (s is IEnumerable<KeyValuePair<string, object?>> pairs)
                        {
                            foreach (var pair in pairs)
                                d[pair.Key] = pair.Value;
                        }
                    }, scope);
                    _provider.Records.Enqueue(new Record(_category, logLevel, formatter(state, exception), scope));
                }
            }
        }
    }
}
