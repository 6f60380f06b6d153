using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PayrollGateway.Back;
using PayrollGateway.Front;
using PayrollGateway.Hosting;

namespace PayrollGateway
{
    /// <summary>
    /// One of two services on the loopback interface: <c>--role back</c> imports batches, <c>--role front</c> takes them
    /// from clients and forwards them with its diagnostic context. Prints "PayrollGateway {role} listening on {address}"
    /// once it accepts requests, and runs until Ctrl+C.
    /// </summary>
    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            GatewayOptions? options = GatewayOptions.Parse(args, out string? error);
            if (options is null)
            {
                Console.Error.WriteLine(error);
                return 2;
            }

            if (options.Culture is not null)
                CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = options.Culture;

            await using WebApplication app = options.Role == GatewayRole.Front ? FrontService.Build(options) : BackService.Build(options);
            try
            {
                await app.StartAsync();
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException)
            {
                Console.Error.WriteLine($"Could not listen on {options.Urls}: {ex.Message}");
                return 2;
            }

            string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            Console.WriteLine($"PayrollGateway {options.Role.ToString().ToLowerInvariant()} listening on {address}");
            await app.WaitForShutdownAsync();
            return 0;
        }
    }
}
