using System;
using System.IO;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
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
    /// pushes <c>Application=Payrollsync, Msgid=…</c> and forwards the batch to the back service, whose answer it relays.
    /// </summary>
    internal sealed class FrontService
    {
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

            WebApplication app = builder.Build();
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
                try
                {
                    BackAnswer answer = await _back.ImportAsync(batch, payload, cancellationToken);
                    if (answer.Status >= 400)
                        _log.Warn(Loc.X("W202: The payroll service refused batch {Batch} with status {Status}", batch, answer.Status));
                    return Results.Content(answer.Body, answer.ContentType, statusCode: answer.Status);
                }
                catch (HttpRequestException ex)
                {
                    _log.Error(Loc.X("E203: The payroll service at {Address} could not be reached", _back.Address), ex);
                    return Results.StatusCode(StatusCodes.Status502BadGateway);
                }
            }
        }
    }
}
