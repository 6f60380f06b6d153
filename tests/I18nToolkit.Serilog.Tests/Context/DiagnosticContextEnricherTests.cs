using System.IO;
using System.Linq;
using I18nToolkit.Context;
using I18nToolkit.Serilog.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Context;
using Serilog.Events;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Json;
using Xunit;

namespace I18nToolkit.Serilog.Tests.Context
{
    public class DiagnosticContextEnricherTests
    {
        private static (global::Serilog.Core.Logger Logger, CapturingSink Sink) Create()
        {
            var sink = new CapturingSink();
            var logger = new LoggerConfiguration()
                .Enrich.WithDiagnosticContext()
                .Enrich.FromLogContext()
                .WriteTo.Sink(sink)
                .CreateLogger();
            return (logger, sink);
        }

        [Fact]
        public void Each_key_becomes_a_property_and_the_stack_one_Context_property()
        {
            var (logger, sink) = Create();

            using (DiagnosticContext.Push("Payrollsync"))
            using (DiagnosticContext.Push(("Application", "Payrollsync"), ("Msgid", "ID-42")))
            using (DiagnosticContext.Push("Import"))
                logger.Information("inside");

            LogEvent e = Assert.Single(sink.Events).Event;
            Assert.Equal("\"Payrollsync\"", e.Properties["Application"].ToString());
            Assert.Equal("\"ID-42\"", e.Properties["Msgid"].ToString());
            Assert.Equal("\"Payrollsync > Application=Payrollsync, Msgid=ID-42 > Import\"", e.Properties["Context"].ToString());
        }

        [Fact]
        public void Inner_frames_win_and_the_events_own_properties_are_kept()
        {
            var (logger, sink) = Create();

            using (DiagnosticContext.Push("Step", "outer"))
            using (DiagnosticContext.Push("Step", "inner"))
            using (DiagnosticContext.Push("Id", "context"))
                logger.Information("Record {Id}", 7);

            LogEvent e = Assert.Single(sink.Events).Event;
            Assert.Equal("\"inner\"", e.Properties["Step"].ToString());
            Assert.Equal("7", e.Properties["Id"].ToString());
        }

        [Fact]
        public void It_coexists_with_serilogs_LogContext()
        {
            var (logger, sink) = Create();

            using (LogContext.PushProperty("Tenant", "acme"))
            using (DiagnosticContext.Push("Application", "Payrollsync"))
                logger.Information("both");

            LogEvent e = Assert.Single(sink.Events).Event;
            Assert.Equal("\"acme\"", e.Properties["Tenant"].ToString());
            Assert.Equal("\"Payrollsync\"", e.Properties["Application"].ToString());
        }

        [Fact]
        public void Without_context_nothing_is_added()
        {
            var (logger, sink) = Create();

            logger.Information("plain");

            Assert.False(Assert.Single(sink.Events).Event.Properties.ContainsKey("Context"));
        }

        [Fact]
        public void A_third_party_record_through_microsoft_extensions_logging_carries_the_context_in_structured_output()
        {
            var (logger, sink) = Create();
            using var factory = new SerilogLoggerFactory(logger);
            Microsoft.Extensions.Logging.ILogger thirdParty = factory.CreateLogger("LegacyParsing.LegacyRecordParser");

            using (DiagnosticContext.Push(("Application", "Payrollsync"), ("Msgid", "ID-42")))
                thirdParty.LogWarning("Encoding missing, assuming UTF-8");

            LogEvent e = Assert.Single(sink.Events).Event;
            var json = new StringWriter();
            new JsonFormatter().Format(e, json);
            Assert.Contains("\"Application\":\"Payrollsync\"", json.ToString());
            Assert.Contains("\"Msgid\":\"ID-42\"", json.ToString());
            Assert.Contains("\"Context\":\"Application=Payrollsync, Msgid=ID-42\"", json.ToString());
        }

        [Fact]
        public void Frame_properties_are_built_once_and_reused()
        {
            var (logger, sink) = Create();

            using (DiagnosticContext.Push("Application", "Payrollsync"))
            {
                logger.Information("one");
                logger.Information("two");
            }

            var events = sink.Events.Select(x => x.Event).ToArray();
            Assert.Same(events[0].Properties["Application"], events[1].Properties["Application"]);
        }
    }
}
