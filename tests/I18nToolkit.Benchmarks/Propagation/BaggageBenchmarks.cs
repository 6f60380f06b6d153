using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Attributes;
using I18nToolkit.Context;
using I18nToolkit.Propagation;
using OpenTelemetry;
using OpenTelemetry.Context.Propagation;

namespace I18nToolkit.Benchmarks.Propagation
{
    /// <summary>
    /// One hop: inject a 3-frame context with 4 keys into message headers, then extract it on the other side and make it
    /// the current context (and leave it). The toolkit's <see cref="ContextPropagator"/> beside OpenTelemetry's W3C
    /// <see cref="BaggagePropagator"/> carrying the same 4 entries as <see cref="Baggage"/>. "Same context" sends one
    /// context again and again (a request calling several services); "new Msgid each hop" opens a context with a value
    /// not seen before on each hop (a producer sending message after message), so nothing formatted or read before
    /// can be reused for it.
    /// </summary>
    [MemoryDiagnoser]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class BaggageBenchmarks
    {
        private const string SameContext = "Same context";
        private const string NewMessage = "New Msgid each hop";
        private const string InjectOnly = "Inject only";

        private static readonly BaggagePropagator OpenTelemetryPropagator = new BaggagePropagator();
        private static readonly Func<Dictionary<string, string>, string, IEnumerable<string>?> Getter =
            (headers, key) => headers.TryGetValue(key, out string? value) ? new[] { value } : null;

        /// <summary>The receiver takes every key into its context, as OpenTelemetry's extraction does.</summary>
        private static readonly ContextPropagationOptions Trusting = new ContextPropagationOptions { AcceptAll = true };

        private readonly string[] _msgids = Enumerable.Range(0, 4096).Select(i => "ID-" + (100_000 + i)).ToArray();
        private IDisposable[] _frames = Array.Empty<IDisposable>();
        private Baggage _baggage;
        private int _next;

        [GlobalSetup(Targets = new[] { nameof(OpenTelemetryInjectExtract), nameof(ToolkitInjectExtract), nameof(OpenTelemetryInject), nameof(ToolkitInject) })]
        public void Setup()
        {
            _frames = new[]
            {
                DiagnosticContext.Push("Application", "Payrollsync"),
                DiagnosticContext.Push(("Msgid", "ID-42"), ("Tenant", "acme")),
                DiagnosticContext.Push("Batch", "2026-11-A"),
            };
            _baggage = Baggage.Create(new Dictionary<string, string> { ["Application"] = "Payrollsync", ["Msgid"] = "ID-42", ["Tenant"] = "acme", ["Batch"] = "2026-11-A" });
        }

        /// <summary>Two frames open; each hop opens the third with its own Msgid (OpenTelemetry: adds it to the baggage).</summary>
        [GlobalSetup(Targets = new[] { nameof(OpenTelemetryNewMessage), nameof(ToolkitNewMessage) })]
        public void SetupNewMessage()
        {
            _frames = new[]
            {
                DiagnosticContext.Push("Application", "Payrollsync"),
                DiagnosticContext.Push(("Tenant", "acme"), ("Batch", "2026-11-A")),
            };
            _baggage = Baggage.Create(new Dictionary<string, string> { ["Application"] = "Payrollsync", ["Tenant"] = "acme", ["Batch"] = "2026-11-A" });
        }

        [GlobalCleanup]
        public void Cleanup()
        {
            for (int i = _frames.Length - 1; i >= 0; i--)
                _frames[i].Dispose();
        }

        [Benchmark(Baseline = true, Description = "OpenTelemetry BaggagePropagator")]
        [BenchmarkCategory(SameContext)]
        public int OpenTelemetryInjectExtract() => OpenTelemetryHop(_baggage);

        [Benchmark(Description = "I18nToolkit ContextPropagator")]
        [BenchmarkCategory(SameContext)]
        public int ToolkitInjectExtract() => ToolkitHop();

        [Benchmark(Baseline = true, Description = "OpenTelemetry BaggagePropagator")]
        [BenchmarkCategory(NewMessage)]
        public int OpenTelemetryNewMessage()
        {
            // OpenTelemetry's way to open a context: a new Baggage made current.
            Baggage previous = Baggage.Current;
            Baggage.Current = _baggage.SetBaggage("Msgid", _msgids[_next++ & 4095]);
            int count = OpenTelemetryHop(Baggage.Current);
            Baggage.Current = previous;
            return count;
        }

        [Benchmark(Description = "I18nToolkit ContextPropagator")]
        [BenchmarkCategory(NewMessage)]
        public int ToolkitNewMessage()
        {
            using (DiagnosticContext.Push("Msgid", _msgids[_next++ & 4095]))
                return ToolkitHop();
        }

        [Benchmark(Baseline = true, Description = "OpenTelemetry BaggagePropagator")]
        [BenchmarkCategory(InjectOnly)]
        public int OpenTelemetryInject()
        {
            var headers = new Dictionary<string, string>();
            OpenTelemetryPropagator.Inject(new PropagationContext(default, _baggage), headers, (h, key, value) => h[key] = value);
            return headers.Count;
        }

        [Benchmark(Description = "I18nToolkit ContextPropagator")]
        [BenchmarkCategory(InjectOnly)]
        public int ToolkitInject()
        {
            var headers = new Dictionary<string, string>();
            ContextPropagator.Inject(headers);
            return headers.Count;
        }

        private static int OpenTelemetryHop(Baggage baggage)
        {
            var headers = new Dictionary<string, string>();
            OpenTelemetryPropagator.Inject(new PropagationContext(default, baggage), headers, (h, key, value) => h[key] = value);
            PropagationContext received = OpenTelemetryPropagator.Extract(default, headers, Getter);
            Baggage previous = Baggage.Current;
            Baggage.Current = received.Baggage;
            int count = Baggage.Current.Count;
            Baggage.Current = previous;
            return count;
        }

        private static int ToolkitHop()
        {
            var headers = new Dictionary<string, string>();
            ContextPropagator.Inject(headers);
            using (ContextPropagator.Extract(headers, Getter, Trusting))
                return headers.Count;
        }
    }
}
