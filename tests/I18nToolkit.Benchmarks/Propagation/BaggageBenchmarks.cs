using System;
using System.Collections.Generic;
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
    /// <see cref="BaggagePropagator"/> carrying the same 4 entries as <see cref="Baggage"/>.
    /// </summary>
    [MemoryDiagnoser]
    public class BaggageBenchmarks
    {
        private static readonly BaggagePropagator OpenTelemetryPropagator = new BaggagePropagator();
        private static readonly Func<Dictionary<string, string>, string, IEnumerable<string>?> Getter =
            (headers, key) => headers.TryGetValue(key, out string? value) ? new[] { value } : null;

        private IDisposable[] _frames = Array.Empty<IDisposable>();
        private Baggage _baggage;

        [GlobalSetup]
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

        [GlobalCleanup]
        public void Cleanup()
        {
            for (int i = _frames.Length - 1; i >= 0; i--)
                _frames[i].Dispose();
        }

        [Benchmark(Baseline = true, Description = "OpenTelemetry BaggagePropagator")]
        public int OpenTelemetryInjectExtract()
        {
            var headers = new Dictionary<string, string>();
            OpenTelemetryPropagator.Inject(new PropagationContext(default, _baggage), headers, (h, key, value) => h[key] = value);
            PropagationContext received = OpenTelemetryPropagator.Extract(default, headers, Getter);
            Baggage previous = Baggage.Current;
            Baggage.Current = received.Baggage;
            int count = Baggage.Current.Count;
            Baggage.Current = previous;
            return count;
        }

        [Benchmark(Description = "OpenTelemetry inject only")]
        public int OpenTelemetryInject()
        {
            var headers = new Dictionary<string, string>();
            OpenTelemetryPropagator.Inject(new PropagationContext(default, _baggage), headers, (h, key, value) => h[key] = value);
            return headers.Count;
        }

        [Benchmark(Description = "I18nToolkit inject only")]
        public int ToolkitInject()
        {
            var headers = new Dictionary<string, string>();
            ContextPropagator.Inject(headers);
            return headers.Count;
        }

        [Benchmark(Description = "I18nToolkit ContextPropagator")]
        public int ToolkitInjectExtract()
        {
            var headers = new Dictionary<string, string>();
            ContextPropagator.Inject(headers);
            using (ContextPropagator.Extract(headers, Getter))
                return headers.Count;
        }
    }
}
