using System;
using System.Diagnostics;
using System.IO;

namespace I18nToolkit.Cli.Tests.TestSupport
{
    /// <summary>Runs a translators' tool (GNU gettext, translate-toolkit) as a user would; a missing tool fails the test saying what to install.</summary>
    internal static class ExternalTool
    {
        public const string Install = "install them: apt-get install gettext translate-toolkit (.ci/run does)";

        public static (int ExitCode, string Output, string Error) Run(string tool, string workingDirectory, params string[] args)
        {
            var start = new ProcessStartInfo(tool) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string arg in args)
                start.ArgumentList.Add(arg);
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException($"'{tool}' could not be started ({e.Message}); the translator-tool tests need GNU gettext and translate-toolkit: {Install}.", e);
            }

            using (process)
            {
                var output = process.StandardOutput.ReadToEndAsync();
                string error = process.StandardError.ReadToEnd();
                if (!process.WaitForExit(120_000))
                {
                    process.Kill(entireProcessTree: true);
                    throw new TimeoutException($"{tool} {string.Join(" ", args)} did not finish in 2 minutes.");
                }

                return (process.ExitCode, output.Result, error);
            }
        }
    }
}
