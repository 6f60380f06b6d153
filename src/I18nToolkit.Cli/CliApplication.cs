using System.CommandLine;
using System.IO;
using I18nToolkit.Cli.Extract;

namespace I18nToolkit.Cli
{
    /// <summary>The <c>i18n</c> command tree. <see cref="Run"/> takes its writers so tests run commands in process.</summary>
    internal static class CliApplication
    {
        public static RootCommand Create()
        {
            var root = new RootCommand("i18n: the I18nToolkit command-line tool - messages for developers, CI and translators; logs filtered by context for administrators.");
            root.Add(ExtractCommand.Create());
            return root;
        }

        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            ParseResult result = Create().Parse(args);
            return result.Invoke(new InvocationConfiguration { Output = output, Error = error });
        }
    }
}
