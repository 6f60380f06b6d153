using System.IO;

namespace I18nToolkit.Cli.Tests.TestSupport
{
    /// <summary>One run of the tool in process: exit code and what it wrote.</summary>
    internal sealed class CliRun
    {
        private CliRun(int exitCode, string output, string error)
        {
            ExitCode = exitCode;
            Output = output;
            Error = error;
        }

        public int ExitCode { get; }

        public string Output { get; }

        public string Error { get; }

        public static CliRun Of(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            int code = CliApplication.Run(args, output, error);
            return new CliRun(code, output.ToString(), error.ToString());
        }

        public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
    }
}
