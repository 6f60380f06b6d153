using System;
using System.Globalization;
using I18nToolkit.Context;
using I18nToolkit.Formatting;
using I18nToolkit.Logging;
using I18nToolkit.Propagation;
using LegacyParsing;
using Microsoft.Extensions.Logging;
using PayrollSync.Service;
using PayrollSync.Worker;
using Serilog;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Json;

namespace PayrollSync
{
    /// <summary>
    /// Runs the payroll worker over a few queued messages. <c>--culture de</c> switches the log language;
    /// <c>--format json</c> writes the logging stack's own JSON; <c>--format clef</c> the toolkit's JSON lines (CLEF), which
    /// <c>i18n logs filter</c> reads; <c>--logger serilog</c> sends everything through Serilog.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            SampleOptions? options = SampleOptions.Parse(args, out string? error);
            if (options is null)
            {
                Console.Error.WriteLine(error);
                return 2;
            }

            if (options.Culture is not null)
                CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = options.Culture;

            using ILoggerFactory factory = options.Serilog ? CreateSerilogFactory(options.Format) : CreateFactory(options.Format);

            var service = new PayrollService(factory.CreateLocalizedLogger<PayrollService>(), new LegacyRecordParser(factory.CreateLogger<LegacyRecordParser>()));
            var worker = new PayrollWorker(factory.CreateLocalizedLogger<PayrollWorker>(), service, options.Attempts);
            QueueMessage[] queue =
            {
                Produce(new("ID-41", "2026-11-A", Payload: "encoding=utf-8\nemp-001;1200.50\nemp-002;990.00")),
                Produce(new("ID-42", "2026-11-B", Payload: "emp-003;1500.00\nemp-004;800.25")),
                Produce(new("ID-43", "2026-11-C", Directory: "inbox/archive", Pattern: "*.csv")),
            };

            // A message that ends in the dead-letter queue is part of the scenario, not a failure of the program.
            worker.Run(queue);
            return 0;
        }

        /// <summary>The producer's side: the message leaves with the producer's context in its headers (W3C baggage).</summary>
        private static QueueMessage Produce(QueueMessage message)
        {
            using (DiagnosticContext.Push(("Application", "Payrollsync"), ("Msgid", message.Msgid)))
                ContextPropagator.Inject(message.Headers);
            return message;
        }

        /// <summary>Microsoft.Extensions.Logging's console, with the diagnostic context as its scope stack.</summary>
        private static ILoggerFactory CreateFactory(string format) => LoggerFactory.Create(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Information).AddDiagnosticContext();
            if (format == "json")
                logging.AddJsonConsole(o => o.IncludeScopes = true);
            else if (format == "clef")
                logging.AddClef();
            else
                logging.AddSimpleConsole(o => { o.SingleLine = true; o.IncludeScopes = true; });
        });

        /// <summary>Serilog behind Microsoft.Extensions.Logging, enriched with the diagnostic context.</summary>
        private static ILoggerFactory CreateSerilogFactory(string format)
        {
            var configuration = new LoggerConfiguration().MinimumLevel.Information().Enrich.WithDiagnosticContext();
            configuration = format == "json" ? configuration.WriteTo.Console(new JsonFormatter(renderMessage: true))
                : format == "clef" ? configuration.WriteTo.Console(new ClefFormatter(CultureInfo.CurrentCulture))
                : configuration.WriteTo.Console(
                    outputTemplate: "{Level:u4}: {SourceContext} [{Context}] {Message:lj}{NewLine}{Exception}",
                    formatProvider: CultureInfo.CurrentCulture); // Serilog formats numbers invariant unless told otherwise
            return new SerilogLoggerFactory(configuration.CreateLogger(), dispose: true);
        }
    }
}
