using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace I18nToolkit.EndToEnd.Tests.TestSupport
{
    /// <summary>Runs the dotnet CLI the way a user does, with a time limit, and returns what it printed.</summary>
    internal static class DotNet
    {
        public static string RepositoryRoot { get; } = FindRepositoryRoot();

        public static Task<(int ExitCode, string Output, string Error)> RunAsync(string arguments, string? workingDirectory = null, TimeSpan? timeout = null) =>
            RunExecutableAsync("dotnet", arguments, workingDirectory, timeout);

        /// <summary>Runs any program (an installed tool, say) the same way.</summary>
        public static async Task<(int ExitCode, string Output, string Error)> RunExecutableAsync(string program, string arguments, string? workingDirectory = null, TimeSpan? timeout = null)
        {
            var start = new ProcessStartInfo(program, arguments)
            {
                WorkingDirectory = workingDirectory ?? RepositoryRoot,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            using var cancel = new System.Threading.CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(5));
            try
            {
                await process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"'{program} {arguments}' did not finish in time.\n{await output}\n{await error}");
            }

            return (process.ExitCode, await output, await error);
        }

        private static string FindRepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "I18nToolkit.sln")))
                    return dir.FullName;
            }

            throw new InvalidOperationException("I18nToolkit.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
