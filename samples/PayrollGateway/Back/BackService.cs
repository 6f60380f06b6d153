using System.IO;
using System.Threading;
using System.Threading.Tasks;
using LegacyParsing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PayrollGateway.Hosting;

namespace PayrollGateway.Back
{
    /// <summary>
    /// The back service: <c>POST /imports/{batch}</c>. <c>UseContextPropagation()</c> turns each request's W3C baggage
    /// (the keys it accepts) into the context of everything logged while handling it; nothing else here knows about the context.
    /// </summary>
    internal static class BackService
    {
        public static WebApplication Build(GatewayOptions options)
        {
            WebApplicationBuilder builder = GatewayHost.CreateBuilder(options);
            builder.Services.AddSingleton<LegacyRecordParser>();
            builder.Services.AddSingleton<PayrollImporter>();

            // A caller's baggage is passed on, but only the keys named here enter this service's records.
            builder.Services.ConfigureContextPropagation(o => o.AcceptedKeys = new[] { "Application", "Msgid" });

            WebApplication app = builder.Build();
            app.UseContextPropagation();
            app.MapPost("/imports/{batch}", ImportAsync);
            return app;
        }

        private static async Task<IResult> ImportAsync(string batch, HttpRequest request, PayrollImporter importer, CancellationToken cancellationToken)
        {
            string payload;
            using (var reader = new StreamReader(request.Body))
                payload = await reader.ReadToEndAsync(cancellationToken);
            ImportReply reply = importer.Import(batch, payload);
            return reply.Error is null ? Results.Ok(reply) : Results.UnprocessableEntity(reply);
        }
    }
}
