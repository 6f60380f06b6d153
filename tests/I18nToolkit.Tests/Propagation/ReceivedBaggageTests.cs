using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using I18nToolkit.Context;
using I18nToolkit.Propagation;
using Xunit;

namespace I18nToolkit.Tests.Propagation
{
    /// <summary>Receiving baggage: what enters the records, what is passed on, and what never comes back.</summary>
    public class ReceivedBaggageTests
    {
        [Theory]
        [MemberData(nameof(W3cBaggageCase.Rows), MemberType = typeof(W3cBaggageCase))]
        public void The_w3c_reference_cases_cross_a_hop_as_the_reference_writes_them(string name)
        {
            W3cBaggageCase test = W3cBaggageCase.Named(name);
            var options = new ContextPropagationOptions { AcceptAll = true, MaxEntries = test.MaxEntries };
            var received = new Dictionary<string, string>();
            if (test.Received is not null)
                received["baggage"] = test.Received;
            var sent = new Dictionary<string, string>();

            var problems = new List<string>();
            using (ContextPropagator.Extract(received, options, problems.Add))
            using (test.Pushed is null ? null : DiagnosticContext.Push(test.Pushed.Select(p => (p.Key, (object)p.Value)).ToArray()))
            {
                // Accepted members are the records' context, each with its decoded value.
                foreach (W3cBaggageCase.Member member in test.Members)
                    Assert.Equal(member.Value, DiagnosticContext.Current.Properties[member.Key]);
                ContextPropagator.Inject(sent, options);
            }

            Assert.Empty(problems);
            Assert.Equal(test.Header, sent.GetValueOrDefault("baggage"));
        }

        [Fact]
        public void By_default_a_received_member_is_passed_on_but_enters_no_record()
        {
            var received = new Dictionary<string, string> { ["baggage"] = "Application=Evil;p=1,Msgid=ID-7" };
            var sent = new Dictionary<string, string>();
            var notAccepted = new List<string>();

            using (ContextPropagator.ExtractValues(received.Values, null, null, keys => notAccepted.AddRange(keys)))
            {
                Assert.True(DiagnosticContext.Current.Properties.Count == 0);
                Assert.Equal(string.Empty, DiagnosticContext.Current.ToString());
                Assert.Empty(DiagnosticContext.Current.Frames.SelectMany(f => f.Properties));
                ContextPropagator.Inject(sent);
            }

            Assert.Equal("Application=Evil;p=1,Msgid=ID-7", sent["baggage"]);
            Assert.Equal(new[] { "Application", "Msgid" }, notAccepted);
        }

        [Fact]
        public void Accepted_keys_enter_the_records_and_a_key_the_code_pushes_again_replaces_the_received_member()
        {
            var options = new ContextPropagationOptions { AcceptedKeys = new[] { "Msgid" } };
            var sent = new Dictionary<string, string>();

            using (ContextPropagator.Extract(new Dictionary<string, string> { ["baggage"] = "Application=Evil,Msgid=ID-7;ttl=3" }, options))
            {
                Assert.Equal(new[] { "Msgid" }, DiagnosticContext.Current.Properties.Keys);
                Assert.Equal("Msgid=ID-7", DiagnosticContext.Current.ToString());
                using (DiagnosticContext.Push("Application", "Payrollsync"))
                    ContextPropagator.Inject(sent, options);
            }

            Assert.Equal("Msgid=ID-7;ttl=3,Application=Payrollsync", sent["baggage"]);
        }

        [Fact]
        public void The_activitys_reading_of_a_received_header_never_brings_back_what_the_toolkit_read_otherwise_or_refused()
        {
            // ASP.NET Core copies the received header into Activity.Baggage in its own, looser reading ("k1=;p" becomes
            // the value ";p"); the merge must pass on the toolkit's reading, and nothing it refused.
            const string header = "k1=;p,bad=a b,ok=1";
            using var activity = new Activity("request").AddBaggage("k1", ";p").AddBaggage("bad", "a b").AddBaggage("ok", "1").Start();
            var sent = new Dictionary<string, string>();
            var problems = new List<string>();

            using (ContextPropagator.Extract(new Dictionary<string, string> { ["baggage"] = header }, null, problems.Add))
            {
                activity.AddBaggage("added", "later"); // baggage the code adds after receiving still crosses
                ContextPropagator.Inject(sent);
            }

            Assert.Single(problems);
            Assert.Equal("added=later,k1=;p,ok=1", sent["baggage"]); // the activity's own first, as with any activity baggage
        }

        [Fact]
        public void Nothing_well_formed_received_still_keeps_the_activitys_reading_out()
        {
            using var activity = new Activity("request").AddBaggage("k", "a b").Start();
            var sent = new Dictionary<string, string>();

            using (ContextPropagator.Extract(new Dictionary<string, string> { ["baggage"] = "k=a b" }))
                ContextPropagator.Inject(sent);

            Assert.False(sent.ContainsKey("baggage"));
        }

        [Fact]
        public void Received_members_beyond_the_limits_are_left_out_and_said()
        {
            var options = new ContextPropagationOptions { AcceptAll = true, MaxEntries = 3, MaxBytes = 30 };
            var problems = new List<string>();

            using (ContextPropagator.Extract(new Dictionary<string, string> { ["baggage"] = "a=1,b=2,c=3,d=4" }, options, problems.Add))
                Assert.Equal(new[] { "a", "b", "c" }, DiagnosticContext.Current.Properties.Keys);
            Assert.Equal("Ignored baggage: 1 member(s) beyond the limit of 3 were left out, from 'd' on.", Assert.Single(problems));

            problems.Clear();
            using (ContextPropagator.Extract(new Dictionary<string, string> { ["baggage"] = "a=1,b=" + new string('x', 40) + ",c=3" }, options, problems.Add))
                Assert.Equal(new[] { "a" }, DiagnosticContext.Current.Properties.Keys);
            Assert.Contains("beyond the limit", Assert.Single(problems), StringComparison.Ordinal);
        }

        [Fact]
        public void A_throwing_limit_handler_is_contained()
        {
            Action<string> throwing = _ => throw new InvalidOperationException("handler bug");
            var heard = new List<string>();
            ContextPropagator.ResetLimitReport();
            ContextPropagator.LimitExceeded += throwing;
            ContextPropagator.LimitExceeded += heard.Add;
            try
            {
                var headers = new Dictionary<string, string>();
                using (DiagnosticContext.Push(("A", "1"), ("B", "2")))
                    ContextPropagator.Inject(headers, new ContextPropagationOptions { MaxEntries = 1 });

                Assert.Equal("A=1", headers["baggage"]);
                Assert.Single(heard);
            }
            finally
            {
                ContextPropagator.LimitExceeded -= throwing;
                ContextPropagator.LimitExceeded -= heard.Add;
            }
        }

        [Fact]
        public void A_value_whose_ToString_throws_crosses_as_a_marker()
        {
            var headers = new Dictionary<string, string>();
            using (DiagnosticContext.Push(("A", new Throwing()), ("B", "2")))
                ContextPropagator.Inject(headers);

            Assert.Equal("A=%5BNotImplementedException%20in%20ToString%5D,B=2", headers["baggage"]);
        }

        [Fact]
        public void A_runaway_stack_100000_frames_deep_is_walked_not_recursed()
        {
            var scopes = new Stack<IDisposable>();
            var watch = Stopwatch.StartNew();
            for (int i = 0; i < 100_000; i++)
                scopes.Push(DiagnosticContext.Push("K" + (i % 50), i));
            try
            {
                var headers = new Dictionary<string, string>();
                ContextPropagator.Inject(headers);
                string text = DiagnosticContext.Current.ToString();
                int reported = 0;
                DiagnosticContextScopeProvider.Instance.ForEachScope((_, _) => reported++, 0);

                Assert.Equal(50, BaggageCodec.Parse(new[] { headers["baggage"] }).Count);
                Assert.EndsWith("K49=99999", text, StringComparison.Ordinal);
                Assert.Equal(100_000, reported);
                Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
            }
            finally
            {
                while (scopes.Count > 0)
                    scopes.Pop().Dispose();
            }
        }

        private sealed class Throwing
        {
            public override string ToString() => throw new NotImplementedException();
        }
    }
}
