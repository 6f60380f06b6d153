using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using I18nToolkit.EndToEnd.Tests.TestSupport;
using Xunit;

namespace I18nToolkit.EndToEnd.Tests.Samples
{
    /// <summary>
    /// The context across processes: the PayrollGateway sample runs twice on loopback ports, front and back, as real
    /// processes; the front's Application and Msgid must be on the back's records, the third-party parser's included.
    /// The front answers each client in its language (Accept-Language) and logs in the log culture, whoever asked.
    /// </summary>
    [Trait("Category", "EndToEnd")]
    public sealed class PayrollGatewaySampleTests : IDisposable
    {
        private static readonly TimeSpan Startup = TimeSpan.FromMinutes(1);

        private readonly string _folder = Path.Combine(Path.GetTempPath(), "i18n-e2e-gateway-" + Guid.NewGuid().ToString("N"));

        public PayrollGatewaySampleTests() => Directory.CreateDirectory(_folder);

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        [Fact]
        public async Task The_back_services_records_carry_the_front_services_context()
        {
            var build = await DotNet.RunAsync("build samples/PayrollGateway");
            Assert.True(build.ExitCode == 0, build.Output + build.Error);
            string backLog = Path.Combine(_folder, "back.clef"), frontLog = Path.Combine(_folder, "front.clef");

            using RunningProcess back = RunningProcess.Start("dotnet", $"run --no-build --project samples/PayrollGateway -- --role back --urls http://127.0.0.1:0 --log \"{backLog}\" --log-culture de");
            string backAddress = (await back.WaitForLineAsync(@"PayrollGateway back listening on (http://127\.0\.0\.1:\d+)", Startup)).Groups[1].Value;
            using RunningProcess front = RunningProcess.Start("dotnet", $"run --no-build --project samples/PayrollGateway -- --role front --urls http://127.0.0.1:0 --back {backAddress} --log \"{frontLog}\" --culture de");
            string frontAddress = (await front.WaitForLineAsync(@"PayrollGateway front listening on (http://127\.0\.0\.1:\d+)", Startup)).Groups[1].Value;

            var batches = new (string Msgid, string Batch, string Payload, HttpStatusCode Expected)[]
            {
                ("ID-1", "2026-11-A", "encoding=utf-8\nemp-001;1200.50\nemp-002;990.00", HttpStatusCode.OK),
                ("ID-2", "2026-11-B", "emp-003;1500.00\nemp-004;800.25", HttpStatusCode.OK), // no encoding line: the parser warns
                ("ID-3", "2026-11-C", "emp-005;abc", HttpStatusCode.UnprocessableEntity),
                ("ID-4", "2026-11-D", "encoding=utf-8\nemp-006;10.00", HttpStatusCode.OK),
            };
            using (var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) })
            {
                foreach (var b in batches)
                {
                    using HttpResponseMessage response = await client.PostAsync($"{frontAddress}/batches/{b.Batch}?msgid={b.Msgid}", new StringContent(b.Payload));
                    Assert.True(response.StatusCode == b.Expected, $"{b.Batch}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}\n{front.Output}\n{back.Output}");
                }
            }

            // Warnings and errors reach the file before the request's answer; Information within AddClef's flush
            // interval (1 s by default) - the services keep running, nobody disposes their loggers.
            List<JsonElement> records = ReadRecords(backLog);
            for (var deadline = DateTime.UtcNow.AddSeconds(10); Imports(records).Count < batches.Length && DateTime.UtcNow < deadline; records = ReadRecords(backLog))
                await Task.Delay(100);
            List<JsonElement> imports = Imports(records);
            Assert.Equal(batches.Select(b => (b.Msgid, b.Batch)), imports.Select(r => (Text(r, "Msgid")!, Text(r, "Batch")!)));
            Assert.Equal(new[] { "I212", "I212", "E213", "I212" }, imports.Select(r => Text(r, "MessageId")));
            Assert.Equal("I212: Stapel 2026-11-A importiert: 2 Datensätze, Summe 2.190,50", Text(imports[0], "@m")); // --log-culture de

            // The third-party library knows nothing of the toolkit; its warnings still say which message caused them.
            List<JsonElement> thirdParty = records.Where(r => Text(r, "SourceContext") == "LegacyParsing.LegacyRecordParser").ToList();
            Assert.Equal(new[] { "ID-2", "ID-3" }, thirdParty.Select(r => Text(r, "Msgid")));
            Assert.All(thirdParty, r => Assert.Equal("Encoding missing, assuming UTF-8", Text(r, "@m")));

            Assert.All(imports.Concat(thirdParty), r => Assert.Equal("Payrollsync", Text(r, "Application")));
            // Only the context crossed: the back's records keep the back's own request scope, not the front's.
            Assert.All(imports.Concat(thirdParty), r => Assert.StartsWith("/imports/", Text(r, "RequestPath"), StringComparison.Ordinal));

            // The administrator's view: one message, across both services' logs.
            var filtered = await DotNet.RunAsync($"run --project src/I18nToolkit.Cli -- logs filter \"{frontLog}\" \"{backLog}\" --where \"Msgid = 'ID-3'\"");
            Assert.True(filtered.ExitCode == 0, filtered.Output + filtered.Error);
            Assert.Contains("W202: The payroll service refused batch 2026-11-C with status 422", filtered.Output, StringComparison.Ordinal);
            Assert.Contains("E213: Stapel 2026-11-C abgelehnt", filtered.Output, StringComparison.Ordinal); // the back logs in German (--log-culture de)
            Assert.Contains("Encoding missing, assuming UTF-8", filtered.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("2026-11-B", filtered.Output, StringComparison.Ordinal);

            // Two clients, two languages, one batch each: each reads its own language, the log reads English (the
            // default --log-culture) for both - though the front's own culture is German (--culture de).
            string german = await ReplyAsync(frontAddress, "2026-11-F", "ID-6", "de-DE");
            string english = await ReplyAsync(frontAddress, "2026-11-F", "ID-7", "en-US");
            string unasked = await ReplyAsync(frontAddress, "2026-11-F", "ID-8", null);
            Assert.Equal("I220: Stapel 2026-11-F importiert: 2 Datensätze, Summe 2.190,50", german);
            Assert.Equal("I220: Batch 2026-11-F imported: 2 records, total 2,190.50", english);
            Assert.Equal(german, unasked); // no Accept-Language: the front's culture
            Assert.Equal("I220: Batch 2026-11-A imported: 2 records, total 2,190.50", await ReplyAsync(frontAddress, "2026-11-A", "ID-9", "en"));
            List<JsonElement> frontRecords = ReadRecords(frontLog);
            for (var deadline = DateTime.UtcNow.AddSeconds(10); frontRecords.Count(r => Text(r, "Msgid") is "ID-6" or "ID-7" or "ID-8" && Text(r, "MessageId") == "I201") < 3 && DateTime.UtcNow < deadline; frontRecords = ReadRecords(frontLog))
                await Task.Delay(100);
            string[] forwarded = frontRecords.Where(r => Text(r, "MessageId") == "I201" && Text(r, "Msgid") is "ID-6" or "ID-7" or "ID-8").Select(r => Text(r, "@m")!).ToArray();
            Assert.Equal(new[] { "I201: Forwarding batch 2026-11-F (45 bytes) to the payroll service" }, forwarded.Distinct());
            Assert.Equal(3, forwarded.Length);

            // A refused batch: a problem in the client's language, carrying the ID; the operator's warning in English.
            using (var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) })
            {
                var request = new HttpRequestMessage(HttpMethod.Post, $"{frontAddress}/batches/2026-11-G?msgid=ID-10") { Content = new StringContent("emp-005;abc") };
                request.Headers.AcceptLanguage.ParseAdd("de");
                using HttpResponseMessage refused = await client.SendAsync(request);
                Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
                using JsonDocument problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
                Assert.Equal("E221: Stapel 2026-11-G wurde abgelehnt: seine Lohnzeilen sind fehlerhaft", problem.RootElement.GetProperty("detail").GetString());
                Assert.Equal("E221", problem.RootElement.GetProperty("messageId").GetString());
            }

            // With the back service gone the front answers 502 and says so, in the message's context.
            back.Dispose();
            using (var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) })
            {
                var request = new HttpRequestMessage(HttpMethod.Post, $"{frontAddress}/batches/2026-11-E?msgid=ID-5") { Content = new StringContent("emp-007;1.00") };
                request.Headers.AcceptLanguage.ParseAdd("en");
                using HttpResponseMessage response = await client.SendAsync(request);
                Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
                using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                Assert.Equal("E224: The payroll service is not available; please try again later", problem.RootElement.GetProperty("detail").GetString());
                Assert.DoesNotContain(backAddress, problem.RootElement.GetRawText(), StringComparison.Ordinal); // the address is for the operator
            }

            JsonElement unreachable = ReadRecords(frontLog).Single(r => Text(r, "MessageId") == "E203");
            Assert.Equal("ID-5", Text(unreachable, "Msgid"));
            Assert.Contains(backAddress, Text(unreachable, "@m"), StringComparison.Ordinal);
        }

        private static async Task<string> ReplyAsync(string front, string batch, string msgid, string? language)
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var request = new HttpRequestMessage(HttpMethod.Post, $"{front}/batches/{batch}?msgid={msgid}")
            {
                Content = new StringContent("encoding=utf-8\nemp-001;1200.50\nemp-002;990.00"),
            };
            if (language is not null)
                request.Headers.AcceptLanguage.ParseAdd(language);
            using HttpResponseMessage response = await client.SendAsync(request);
            string body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{batch} ({language}): {response.StatusCode} {body}");
            return body;
        }

        [Fact]
        public async Task A_wrong_argument_is_named_and_the_sample_exits_with_2()
        {
            var build = await DotNet.RunAsync("build samples/PayrollGateway");
            Assert.True(build.ExitCode == 0, build.Output + build.Error);

            var run = await DotNet.RunAsync("run --no-build --project samples/PayrollGateway -- --role side");

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("Unknown or incomplete argument '--role'", run.Error, StringComparison.Ordinal);
            Assert.Contains("Usage: PayrollGateway --role front|back", run.Error, StringComparison.Ordinal);
        }

        private static List<JsonElement> Imports(List<JsonElement> records) =>
            records.Where(r => Text(r, "SourceContext") == "PayrollGateway.Back.PayrollImporter").ToList();

        private static List<JsonElement> ReadRecords(string path) =>
            File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        private static string? Text(JsonElement record, string name) =>
            record.TryGetProperty(name, out JsonElement value) ? value.ToString() : null;
    }
}
