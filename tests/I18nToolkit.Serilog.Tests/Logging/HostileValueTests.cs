using System;
using System.Collections.Generic;
using System.Diagnostics;
using I18nToolkit.Context;
using I18nToolkit.Localization;
using I18nToolkit.Logging;
using I18nToolkit.Serilog.Tests.TestSupport;
using I18nToolkit.Tests.TestSupport;
using Serilog;
using Xunit;

namespace I18nToolkit.Serilog.Tests.Logging
{
    public class HostileValueTests
    {
        private static readonly Localizer Loc = Localizer.ForAssembly(typeof(HostileValueTests).Assembly);

        private sealed class Throws
        {
            public override string ToString() => throw new InvalidOperationException("bug in a value");
        }

        [Fact]
        public void A_stringified_value_that_throws_is_written_with_a_marker()
        {
            var sink = new CapturingSink();
            using var _ = new CultureScope("en-US");
            using (var logger = new LoggerConfiguration().WriteTo.Sink(sink).CreateLogger())
                logger.Localized().Warn(Loc.X("E190: Could not read {$Value}", new Throws()));

            var (logEvent, rendered) = Assert.Single(sink.Events);
            Assert.Equal("\"[InvalidOperationException in ToString]\"", logEvent.Properties["Value"].ToString());
            Assert.Contains("[InvalidOperationException in ToString]", rendered, StringComparison.Ordinal);
        }

        [Fact]
        public void A_runaway_context_10000_frames_deep_enriches_an_event_in_linear_time()
        {
            var scopes = new Stack<IDisposable>();
            for (int i = 0; i < 10_000; i++)
                scopes.Push(DiagnosticContext.Push("K" + (i % 20), i));
            try
            {
                var sink = new CapturingSink();
                var watch = Stopwatch.StartNew();
                using (var logger = new LoggerConfiguration().Enrich.WithDiagnosticContext().WriteTo.Sink(sink).CreateLogger())
                {
                    for (int i = 0; i < 3; i++)
                        logger.Information("tick {N}", i);
                }

                Assert.Equal(3, sink.Events.Count);
                Assert.Equal("9999", System.Linq.Enumerable.First(sink.Events).Event.Properties["K19"].ToString());
                Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}"); // the square of the depth took 11 s
            }
            finally
            {
                while (scopes.Count > 0)
                    scopes.Pop().Dispose();
            }
        }
    }
}
