using System;
using System.CommandLine;
using System.IO;

namespace I18nToolkit.Cli
{
    /// <summary>Runs a command's body with the invocation's writers; input problems become one line on stderr and exit code 2.</summary>
    internal static class CommandRunner
    {
        public static int Run(ParseResult result, Func<TextWriter, TextWriter, int> body)
        {
            TextWriter output = result.InvocationConfiguration.Output;
            TextWriter error = result.InvocationConfiguration.Error;
            try
            {
                return body(output, error);
            }
            catch (Exception e) when (e is CliException || e is IOException || e is UnauthorizedAccessException)
            {
                error.WriteLine("i18n: " + e.Message);
                return ExitCodes.UsageError;
            }
        }
    }
}
