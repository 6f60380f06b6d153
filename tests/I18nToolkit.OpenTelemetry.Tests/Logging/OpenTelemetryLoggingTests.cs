using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Google.Protobuf;
using I18nToolkit.Context;
using I18nToolkit.Localization;
using I18nToolkit.Logging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using Xunit;

namespace I18nToolkit.OpenTelemetry.Tests.Logging
{
    /// <summary>
    /// The two lines from the README - <c>AddDiagnosticContext()</c> and <c>AddOpenTelemetry(o =&gt; o.IncludeScopes = true)</c> -
    /// are all it takes: context keys, the message ID and the holes arrive as log record attributes.
    /// </summary>
    public class OpenTelemetryLoggingTests
    {
        private static readonly Localizer Loc = new Localizer("Payroll", null);

        [Fact]
        public void An_in_process_exporter_sees_the_context_and_message_id()
        {
            var exported = new List<Dictionary<string, object?>>();
            using (ILoggerFactory factory = LoggerFactory.Create(logging => logging
                .AddDiagnosticContext()
                .AddOpenTelemetry(o =>
                {
                    o.IncludeScopes = true;
                    o.AddProcessor(new SimpleLogRecordExportProcessor(new CapturingExporter(exported)));
                })))
            {
                LocalizedLogger log = factory.CreateLocalizedLogger("Payroll.Worker");
                using (DiagnosticContext.Push(("Application", "Payrollsync"), ("Msgid", "ID-42")))
                    log.Warn(Loc.X("E131: Could not find files with pattern {Pattern}", "*.csv"));
                factory.CreateLogger("ThirdParty").LogInformation("outside any context");
            }

            Dictionary<string, object?> record = exported[0];
            Assert.Equal("Payrollsync", record["Application"]);
            Assert.Equal("ID-42", record["Msgid"]);
            Assert.Equal("E131", record["MessageId"]);
            Assert.Equal("*.csv", record["Pattern"]);
            Assert.False(exported[1].ContainsKey("Application"));
        }

        [Fact]
        public async Task Over_otlp_http_the_receiver_gets_the_attributes()
        {
            var payloads = new ConcurrentQueue<byte[]>();
            WebApplicationBuilder builder = WebApplication.CreateBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            await using WebApplication receiver = builder.Build();
            receiver.MapPost("/v1/logs", async (HttpRequest request) =>
            {
                using var body = new MemoryStream();
                await request.Body.CopyToAsync(body);
                payloads.Enqueue(body.ToArray());
                return Results.Ok();
            });
            await receiver.StartAsync();
            string address = receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

            using (ILoggerFactory factory = LoggerFactory.Create(logging => logging
                .AddDiagnosticContext()
                .AddOpenTelemetry(o =>
                {
                    o.IncludeScopes = true;
                    o.AddOtlpExporter((exporter, processor) =>
                    {
                        exporter.Endpoint = new Uri(address + "/v1/logs");
                        exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
                        processor.ExportProcessorType = ExportProcessorType.Simple;
                    });
                })))
            {
                LocalizedLogger log = factory.CreateLocalizedLogger("Payroll.Worker");
                using (DiagnosticContext.Push(("Application", "Payrollsync"), ("Msgid", "ID-42")))
                    log.Warn(Loc.X("E131: Could not find files with pattern {Pattern}", "*.csv"));
            }

            for (int i = 0; i < 50 && payloads.IsEmpty; i++)
                await Task.Delay(100);
            var attributes = payloads.SelectMany(OtlpLogs.Attributes).ToList();
            Assert.Contains(("Application", "Payrollsync"), attributes);
            Assert.Contains(("Msgid", "ID-42"), attributes);
            Assert.Contains(("MessageId", "E131"), attributes);
            Assert.Contains(("MessagePrefix", "Payroll"), attributes);
        }

        private sealed class CapturingExporter : BaseExporter<LogRecord>
        {
            private readonly List<Dictionary<string, object?>> _records;

            public CapturingExporter(List<Dictionary<string, object?>> records) => _records = records;

            public override ExportResult Export(in Batch<LogRecord> batch)
            {
                foreach (LogRecord record in batch)
                {
                    var attributes = new Dictionary<string, object?>();
                    foreach (var pair in record.Attributes ?? Array.Empty<KeyValuePair<string, object?>>())
                        attributes[pair.Key] = pair.Value;
                    record.ForEachScope((scope, state) =>
                    {
                        foreach (var pair in scope)
                            state.TryAdd(pair.Key, pair.Value);
                    }, attributes);
                    _records.Add(attributes);
                }

                return ExportResult.Success;
            }
        }

        /// <summary>
        /// Reads string attributes from an OTLP ExportLogsServiceRequest by its field numbers
        /// (resource_logs=1 → scope_logs=2 → log_records=2 → attributes=6 → KeyValue{key=1, value=2: AnyValue{string_value=1}}).
        /// </summary>
        private static class OtlpLogs
        {
            public static IEnumerable<(string Key, string Value)> Attributes(byte[] request)
            {
                foreach (ByteString resourceLogs in Fields(request, 1))
                foreach (ByteString scopeLogs in Fields(resourceLogs.ToByteArray(), 2))
                foreach (ByteString record in Fields(scopeLogs.ToByteArray(), 2))
                foreach (ByteString keyValue in Fields(record.ToByteArray(), 6))
                {
                    string key = Fields(keyValue.ToByteArray(), 1).Select(b => b.ToStringUtf8()).FirstOrDefault() ?? string.Empty;
                    foreach (ByteString value in Fields(keyValue.ToByteArray(), 2))
                    {
                        foreach (ByteString text in Fields(value.ToByteArray(), 1))
                            yield return (key, text.ToStringUtf8());
                    }
                }
            }

            /// <summary>The length-delimited fields with the given number; other fields are skipped.</summary>
            private static List<ByteString> Fields(byte[] message, int number)
            {
                var found = new List<ByteString>();
                var input = new CodedInputStream(message);
                uint tag;
                while ((tag = input.ReadTag()) != 0)
                {
                    if (WireFormat.GetTagFieldNumber(tag) == number && WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited)
                        found.Add(input.ReadBytes());
                    else
                        input.SkipLastField();
                }

                return found;
            }
        }
    }
}
