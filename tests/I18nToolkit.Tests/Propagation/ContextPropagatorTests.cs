using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using I18nToolkit.Context;
using I18nToolkit.Propagation;
using Microsoft.Extensions.Logging;
using Xunit;

namespace I18nToolkit.Tests.Propagation
{
    public class ContextPropagatorTests
    {
        [Fact]
        public void Inject_writes_the_context_outer_first_each_key_once_with_its_inner_value()
        {
            var headers = new Dictionary<string, string>();
            using (DiagnosticContext.Push(("Application", "Payrollsync"), ("Msgid", "ID-42")))
            using (DiagnosticContext.Push("Msgid", "ID 43/ü"))
                ContextPropagator.Inject(headers);

            Assert.Equal("Application=Payrollsync,Msgid=ID%2043/%C3%BC", headers["baggage"]);
        }

        [Fact]
        public void Inject_merges_with_existing_baggage_and_activity_baggage_without_duplicates()
        {
            var headers = new Dictionary<string, string> { ["baggage"] = "tenant=acme,Msgid=stale" };
            using var activity = new Activity("request").AddBaggage("traceTier", "gold").AddBaggage("tenant", "other").Start();
            using (DiagnosticContext.Push("Msgid", "ID-42"))
                ContextPropagator.Inject(headers);

            Assert.Equal("tenant=acme,Msgid=ID-42,traceTier=gold", headers["baggage"]);
        }

        [Fact]
        public void Only_allowed_keys_cross_in_either_direction()
        {
            var options = new ContextPropagationOptions { AllowedKeys = new HashSet<string> { "Application" }, AcceptAll = true };
            var headers = new Dictionary<string, string>();
            using (DiagnosticContext.Push(("Application", "Payrollsync"), ("Secret", "s3cr3t")))
                ContextPropagator.Inject(headers, options);
            Assert.Equal("Application=Payrollsync", headers["baggage"]);

            using (ContextPropagator.Extract(new Dictionary<string, string> { ["baggage"] = "Application=Front,Secret=x" }, options))
                Assert.Equal(new[] { "Application" }, DiagnosticContext.Current.Properties.Keys);
        }

        [Fact]
        public void Logging_scopes_stay_in_their_process_unless_an_allow_list_names_their_keys()
        {
            // ASP.NET Core's and HttpClient's BeginScope pairs share the stack; sent along, they would hide the
            // receiving service's own RequestId and RequestPath in its records.
            IExternalScopeProvider scopes = DiagnosticContextScopeProvider.Instance;
            var headers = new Dictionary<string, string>();
            var listed = new Dictionary<string, string>();
            using (scopes.Push(new Dictionary<string, object?> { ["RequestId"] = "front:1", ["Msgid"] = "ID-outer" }))
            using (DiagnosticContext.Push(("Application", "Payrollsync"), ("Msgid", "ID-42")))
            using (scopes.Push(new Dictionary<string, object?> { ["Uri"] = "http://back/", ["Msgid"] = "ID-scope" }))
            {
                ContextPropagator.Inject(headers);
                ContextPropagator.Inject(listed, new ContextPropagationOptions { AllowedKeys = new[] { "RequestId", "Application" } });
            }

            Assert.Equal("Application=Payrollsync,Msgid=ID-42", headers["baggage"]);
            Assert.Equal("RequestId=front%3A1,Application=Payrollsync", listed["baggage"]);
        }

        [Fact]
        public void The_header_kept_on_each_frame_is_the_header_the_whole_stack_gives()
        {
            // Empty carrier: the header comes from (and is kept on) the frames. A carrier holding an empty baggage
            // value takes the general path, which merges and formats from scratch. Both must always agree.
            var random = new Random(11);
            string[] keys = { "Application", "Msgid", "Tenant", "Batch", "bad key" };
            IExternalScopeProvider scopes = DiagnosticContextScopeProvider.Instance;
            for (int round = 0; round < 300; round++)
            {
                var opened = new Stack<IDisposable>();
                bool loggingScopes = false;
                for (int depth = random.Next(1, 7); depth > 0; depth--)
                {
                    var pairs = Enumerable.Range(0, random.Next(1, 4))
                        .Select(_ => (keys[random.Next(keys.Length)], (object)(random.Next(8) == 0 ? new string('x', random.Next(1000, 4000)) : "v" + random.Next(100))))
                        .ToArray();
                    int kind = random.Next(6);
                    bool loggingScope = kind == 0;
                    loggingScopes |= loggingScope;
                    if (kind == 1)
                    {
                        // A received carrier: accepted or only passed on, with properties and empty values.
                        string header = string.Join(",", pairs.Select(p => p.Item1 + "=" + (random.Next(5) == 0 ? string.Empty : BaggageCodec.Encode((string)p.Item2)) + (random.Next(3) == 0 ? ";ttl=" + random.Next(9) : string.Empty)));
                        loggingScopes = true; // what crossed may then differ from what the records show: not compared below
                        opened.Push(ContextPropagator.Extract(new Dictionary<string, string> { ["baggage"] = header }, new ContextPropagationOptions { AcceptAll = random.Next(2) == 0 }));
                    }
                    else
                    {
                        opened.Push(loggingScope
                            ? scopes.Push(pairs.Select(p => new KeyValuePair<string, object?>(p.Item1, p.Item2)).ToList())
                            : DiagnosticContext.Push(pairs));
                    }
                    for (int twice = 0; twice < 2; twice++)
                    {
                        var fast = new Dictionary<string, string>();
                        var general = new Dictionary<string, string> { ["baggage"] = string.Empty };
                        ContextPropagator.Inject(fast);
                        ContextPropagator.Inject(general);
                        Assert.Equal(general.GetValueOrDefault("baggage", string.Empty), fast.GetValueOrDefault("baggage", string.Empty));
                        if (twice == 0 && !loggingScopes && fast.TryGetValue("baggage", out string? header) && header.Length < 1000)
                        {
                            // What crossed is what the records here show: each key with the value the context has
                            // (logging scopes aside: they never cross, so one may show a value here that did not).
                            var context = DiagnosticContext.Current.Properties;
                            Assert.All(BaggageCodec.Parse(new[] { header }), e => Assert.Equal(context[e.Key], e.Value));
                        }
                    }
                }

                while (opened.Count > 0)
                    opened.Pop().Dispose();
            }
        }

        [Fact]
        public void Extract_opens_a_scope_and_disposing_it_restores_the_callers_context()
        {
            using (DiagnosticContext.Push("Application", "Back"))
            {
                using (ContextPropagator.Extract(new Dictionary<string, string> { ["baggage"] = "Application=Front,Msgid=ID-7" }, new ContextPropagationOptions { AcceptAll = true }))
                {
                    Assert.Equal("Front", DiagnosticContext.Current.Properties["Application"]);
                    Assert.Equal("ID-7", DiagnosticContext.Current.Properties["Msgid"]);
                }

                Assert.Equal("Back", DiagnosticContext.Current.Properties["Application"]);
                Assert.False(DiagnosticContext.Current.Properties.ContainsKey("Msgid"));
            }
        }

        [Fact]
        public void Malformed_members_are_reported_one_by_one_and_never_throw()
        {
            var problems = new List<string>();
            var headers = new Dictionary<string, string> { ["baggage"] = "ok=1,=novalue,k=%E0%A4,empty=,bad key=2" };
            var forwarded = new Dictionary<string, string>();

            using (ContextPropagator.Extract(headers, new ContextPropagationOptions { AcceptAll = true }, problems.Add))
            {
                Assert.Equal(new[] { "ok", "k" }, DiagnosticContext.Current.Properties.Keys);
                Assert.Equal("\uFFFD", DiagnosticContext.Current.Properties["k"]);
                ContextPropagator.Inject(forwarded);
            }

            Assert.Equal(2, problems.Count);
            Assert.Equal("ok=1,k=%EF%BF%BD,empty=", forwarded["baggage"]); // the empty value is passed on, not a context value
            using (ContextPropagator.Extract(new Dictionary<string, string>()))
                Assert.True(DiagnosticContext.Current.IsEmpty);
        }

        [Fact]
        public void Members_over_the_limits_are_dropped_and_reported_once()
        {
            var reports = new List<string>();
            ContextPropagator.LimitExceeded += reports.Add;
            try
            {
                var options = new ContextPropagationOptions { MaxEntries = 1 };
                var headers = new Dictionary<string, string>();
                using (DiagnosticContext.Push(("A", "1"), ("B", "2")))
                {
                    ContextPropagator.Inject(headers, options);
                    ContextPropagator.Inject(new Dictionary<string, string>(), options);
                }

                Assert.Equal("A=1", headers["baggage"]);
                Assert.True(reports.Count <= 1); // once per process (another test may have been first)
            }
            finally
            {
                ContextPropagator.LimitExceeded -= reports.Add;
            }
        }

        [Fact]
        public async Task The_http_handler_sends_one_merged_baggage_header()
        {
            var inner = new CapturingHandler();
            using var client = new HttpClient(new ContextPropagationHandler { InnerHandler = inner });
            var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/");
            request.Headers.TryAddWithoutValidation("baggage", "tenant=acme");

            using (DiagnosticContext.Push(("Application", "Front"), ("Msgid", "ID-9")))
                await client.SendAsync(request);

            Assert.Equal(new[] { "tenant=acme,Application=Front,Msgid=ID-9" }, inner.Baggage);
        }

        private sealed class CapturingHandler : HttpMessageHandler
        {
            public string[] Baggage { get; private set; } = Array.Empty<string>();

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                Baggage = request.Headers.TryGetValues("baggage", out var values) ? values.ToArray() : Array.Empty<string>();
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
            }
        }
    }
}
