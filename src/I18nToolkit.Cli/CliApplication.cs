using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using I18nToolkit.Cli.Extract;
using I18nToolkit.Cli.Logs;

namespace I18nToolkit.Cli
{
    /// <summary>The <c>i18n</c> command tree. <see cref="Run"/> takes its writers (and standard input) so tests run commands in process.</summary>
    internal static class CliApplication
    {
        public static RootCommand Create(Stream? stdin = null)
        {
            var root = new RootCommand("i18n: the I18nToolkit command-line tool - messages for developers, CI and translators; logs filtered by context for administrators.");
            root.Add(ExtractCommand.Create());
            root.Add(Check.CheckCommand.Create());
            root.Add(Pseudo.PseudoCommand.Create());
            root.Add(Xliff.XliffCommand.Create());
            root.Add(Po.PoCommand.Create());
            root.Add(LogsCommand.Create(() => stdin));
            return root;
        }

        public static int Run(string[] args, TextWriter output, TextWriter error, Stream? stdin = null) =>
            RunAsync(args, output, error, stdin, CancellationToken.None).GetAwaiter().GetResult();

        public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Stream? stdin, CancellationToken cancellation)
        {
            // No response files: '@l = ...' and '@p[...]' start filter expressions, not file names.
            ParseResult result = Create(stdin).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            return result.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellation);
        }
    }
}
