using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using I18nToolkit.Context;
using Microsoft.Extensions.Logging;
using NLog;
using Serilog.Context;

namespace I18nToolkit.Benchmarks.Context
{
    /// <summary>
    /// Open and close a context scope: one frame with two properties, and three nested frames of two properties.
    /// The floor is the least any async-flowing stack can do: an <c>AsyncLocal</c> holding an immutable stack.
    /// Each library is used as its documentation shows, building its state per call as a request would.
    /// </summary>
    [MemoryDiagnoser]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class PushPopBenchmarks
    {
        private static readonly AsyncLocal<ImmutableStack<KeyValuePair<string, object>[]>?> Floor = new();
        private readonly LoggerExternalScopeProvider _mel = new();
        private readonly object _msgid = "ID-42";

        [BenchmarkCategory("1 frame"), Benchmark(Baseline = true, Description = "AsyncLocal<ImmutableStack> floor")]
        public void One_Floor()
        {
            ImmutableStack<KeyValuePair<string, object>[]> before = Floor.Value ?? ImmutableStack<KeyValuePair<string, object>[]>.Empty;
            Floor.Value = before.Push(new[] { new KeyValuePair<string, object>("Application", "Payrollsync"), new KeyValuePair<string, object>("Msgid", _msgid) });
            Floor.Value = before;
        }

        [BenchmarkCategory("1 frame"), Benchmark(Description = "I18nToolkit DiagnosticContext")]
        public void One_Toolkit()
        {
            using (DiagnosticContext.Push(("Application", "Payrollsync"), ("Msgid", _msgid)))
            {
            }
        }

        [BenchmarkCategory("1 frame"), Benchmark(Description = "Serilog LogContext.PushProperty x2")]
        public void One_Serilog()
        {
            using (LogContext.PushProperty("Application", "Payrollsync"))
            using (LogContext.PushProperty("Msgid", _msgid))
            {
            }
        }

        [BenchmarkCategory("1 frame"), Benchmark(Description = "MEL scope, Dictionary state")]
        public void One_MelDictionary()
        {
            using (_mel.Push(new Dictionary<string, object> { ["Application"] = "Payrollsync", ["Msgid"] = _msgid }))
            {
            }
        }

        [BenchmarkCategory("1 frame"), Benchmark(Description = "MEL scope, KeyValuePair[] state")]
        public void One_MelArray()
        {
            using (_mel.Push(new[] { new KeyValuePair<string, object>("Application", "Payrollsync"), new KeyValuePair<string, object>("Msgid", _msgid) }))
            {
            }
        }

        [BenchmarkCategory("1 frame"), Benchmark(Description = "NLog ScopeContext.PushProperties")]
        public void One_NLog()
        {
            using (ScopeContext.PushProperties(new[] { new KeyValuePair<string, object?>("Application", "Payrollsync"), new KeyValuePair<string, object?>("Msgid", _msgid) }))
            {
            }
        }

        [BenchmarkCategory("3 nested"), Benchmark(Baseline = true, Description = "AsyncLocal<ImmutableStack> floor")]
        public void Three_Floor()
        {
            ImmutableStack<KeyValuePair<string, object>[]> before = Floor.Value ?? ImmutableStack<KeyValuePair<string, object>[]>.Empty;
            Floor.Value = before.Push(new[] { new KeyValuePair<string, object>("Application", "Payrollsync"), new KeyValuePair<string, object>("Msgid", _msgid) });
            ImmutableStack<KeyValuePair<string, object>[]> one = Floor.Value;
            Floor.Value = one.Push(new[] { new KeyValuePair<string, object>("Service", "Import"), new KeyValuePair<string, object>("Batch", _msgid) });
            ImmutableStack<KeyValuePair<string, object>[]> two = Floor.Value;
            Floor.Value = two.Push(new[] { new KeyValuePair<string, object>("Parser", "Legacy"), new KeyValuePair<string, object>("Line", _msgid) });
            Floor.Value = two;
            Floor.Value = one;
            Floor.Value = before;
        }

        [BenchmarkCategory("3 nested"), Benchmark(Description = "I18nToolkit DiagnosticContext")]
        public void Three_Toolkit()
        {
            using (DiagnosticContext.Push(("Application", "Payrollsync"), ("Msgid", _msgid)))
            using (DiagnosticContext.Push(("Service", "Import"), ("Batch", _msgid)))
            using (DiagnosticContext.Push(("Parser", "Legacy"), ("Line", _msgid)))
            {
            }
        }

        [BenchmarkCategory("3 nested"), Benchmark(Description = "Serilog LogContext.PushProperty x6")]
        public void Three_Serilog()
        {
            using (LogContext.PushProperty("Application", "Payrollsync"))
            using (LogContext.PushProperty("Msgid", _msgid))
            using (LogContext.PushProperty("Service", "Import"))
            using (LogContext.PushProperty("Batch", _msgid))
            using (LogContext.PushProperty("Parser", "Legacy"))
            using (LogContext.PushProperty("Line", _msgid))
            {
            }
        }

        [BenchmarkCategory("3 nested"), Benchmark(Description = "MEL scope, KeyValuePair[] state")]
        public void Three_MelArray()
        {
            using (_mel.Push(new[] { new KeyValuePair<string, object>("Application", "Payrollsync"), new KeyValuePair<string, object>("Msgid", _msgid) }))
            using (_mel.Push(new[] { new KeyValuePair<string, object>("Service", "Import"), new KeyValuePair<string, object>("Batch", _msgid) }))
            using (_mel.Push(new[] { new KeyValuePair<string, object>("Parser", "Legacy"), new KeyValuePair<string, object>("Line", _msgid) }))
            {
            }
        }

        [BenchmarkCategory("3 nested"), Benchmark(Description = "NLog ScopeContext.PushProperties")]
        public void Three_NLog()
        {
            using (ScopeContext.PushProperties(new[] { new KeyValuePair<string, object?>("Application", "Payrollsync"), new KeyValuePair<string, object?>("Msgid", _msgid) }))
            using (ScopeContext.PushProperties(new[] { new KeyValuePair<string, object?>("Service", "Import"), new KeyValuePair<string, object?>("Batch", _msgid) }))
            using (ScopeContext.PushProperties(new[] { new KeyValuePair<string, object?>("Parser", "Legacy"), new KeyValuePair<string, object?>("Line", _msgid) }))
            {
            }
        }
    }
}
