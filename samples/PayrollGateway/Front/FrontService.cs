using System;
using System.IO;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using I18nToolkit.AspNetCore;
using I18nToolkit.Context;
using I18nToolkit.Logging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PayrollGateway.Hosting;
using static PayrollGateway.Messages;

namespace PayrollGateway.Front
{
    /// <summary>
    /// The front service: <c>POST /batches/{batch}[?msgid=ID-42]</c> with "employee;amount" lines as the body. It
    /// pushes <c>Application=Payrollsync, Msgid=…</c> and forwards the batch to the back service. Its replies are
    /// localized messages in the language the client asks for (<c>Accept-Language</c>: English or German), problem
    /// details when it fails; its own records stay in the log culture whoever asked.
    /// </summary>
    internal sealed class FrontService
    {
        /// <summary>The languages the front answers in (the sample's translations).</summary>
        private static readonly string[] SupportedCultures = { "en", "de" };

        private readonly PayrollBackClient _back;
        private readonly LocalizedLogger<FrontService> _log;

        public FrontService(PayrollBackClient back, LocalizedLogger<FrontService> log)
        {
            _back = back;
            _log = log;
        }

        public static WebApplication Build(GatewayOptions options)
        {
            WebApplicationBuilder builder = GatewayHost.CreateBuilder(options);
            builder.Services.AddTransient<FrontService>();
            builder.Services.AddHttpClient<PayrollBackClient>(c => c.BaseAddress = options.Back).AddContextPropagation();

            builder.Services.AddRequestLocalization(o =>
            {
                o.SetDefaultCulture(options.Culture?.TwoLetterISOLanguageName == "de" ? "de" : "en");
                o.AddSupportedCultures(SupportedCultures).AddSupportedUICultures(SupportedCultures);
            });

            WebApplication app = builder.Build();
            app.UseExceptionHandler();
            app.UseRequestLocalization();
            app.MapPost("/batches/{batch}", (string batch, string? msgid, HttpRequest request, FrontService front, CancellationToken cancellationToken) =>
                front.ForwardAsync(batch, msgid, request.Body, cancellationToken));
            return app;
        }

        private async Task<IResult> ForwardAsync(string batch, string? msgid, Stream body, CancellationToken cancellationToken)
        {
            msgid ??= "ID-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4));
            string payload;
            using (var reader = new StreamReader(body))
                payload = await reader.ReadToEndAsync(cancellationToken);

            // Everything logged from here on - here, in HttpClient's own records, and in the back service - carries
            // which application and which message caused it.
            using (DiagnosticContext.Push(("Application", "Payrollsync"), ("Msgid", msgid)))
            {
                _log.Info(Loc.X("I201: Forwarding batch {Batch} ({Bytes} bytes) to the payroll service", batch, Encoding.UTF8.GetByteCount(payload)));
                BackAnswer answer;
                try
                {
                    answer = await _back.ImportAsync(batch, payload, cancellationToken);
                }
                catch (HttpRequestException ex)
                {
                    // The operator learns where; the client only that it failed.
                    _log.Error(Loc.X("E203: The payroll service at {Address} could not be reached", _back.Address), ex);
                    return LocalizedResults.Problem(Loc.X("E224: The payroll service is not available; please try again later"), StatusCodes.Status502BadGateway);
                }

                if (answer.Status >= 400)
                {
                    _log.Warn(Loc.X("W202: The payroll service refused batch {Batch} with status {Status}", batch, answer.Status));
                    return answer.Status == StatusCodes.Status422UnprocessableEntity
                        ? LocalizedResults.Problem(Loc.X("E221: Batch {Batch} was refused: its payroll lines are malformed", batch), answer.Status)
                        : LocalizedResults.Problem(Loc.X("E223: The payroll service failed on batch {Batch}", batch), StatusCodes.Status502BadGateway);
                }

                using JsonDocument reply = JsonDocument.Parse(answer.Body);
                int records = reply.RootElement.GetProperty("records").GetInt32();
                decimal total = reply.RootElement.GetProperty("total").GetDecimal();
                // In the request's language and number format, which UseRequestLocalization set.
                return Results.Text(Loc.T("I220: Batch {Batch} imported: {Records, plural, one {# record} other {# records}}, total {Total:N2}", batch, records, total),
                    "text/plain; charset=utf-8");
            }
        }
    }
}
