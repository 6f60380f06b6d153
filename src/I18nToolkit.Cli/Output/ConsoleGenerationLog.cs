using System.IO;
using I18nToolkit.Build.Generation;
using I18nToolkit.Cli.Logs.Formatting;

namespace I18nToolkit.Cli.Output
{
    /// <summary>The engine's reports in the compiler's format (<c>file(line,col): warning CODE: text</c>), which editors and CI annotate.</summary>
    internal sealed class ConsoleGenerationLog : IGenerationLog
    {
        private readonly TextWriter _output;
        private readonly TextWriter _error;
        private readonly bool _verbose;

        public ConsoleGenerationLog(TextWriter output, TextWriter error, bool verbose)
        {
            _output = output;
            _error = error;
            _verbose = verbose;
        }

        public int Errors { get; private set; }

        public int Warnings { get; private set; }

        public void Error(string code, string file, int line, int column, string message)
        {
            Errors++;
            _error.WriteLine($"{Location(file, line, column)}: error {code}: {SafeText.Quote(message, 1000)}");
        }

        public void Warning(string code, string file, int line, int column, string message)
        {
            Warnings++;
            _error.WriteLine($"{Location(file, line, column)}: warning {code}: {SafeText.Quote(message, 1000)}");
        }

        /// <summary>
        /// The engine's details, with <c>--verbose</c> only; its important lines (what each culture file merge did) never:
        /// the commands print their own summary with each culture file once.
        /// </summary>
        public void Info(string message, bool important)
        {
            if (_verbose && !important)
                _output.WriteLine(message);
        }

        private static string Location(string file, int line, int column) =>
            line <= 0 ? file : column <= 0 ? $"{file}({line})" : $"{file}({line},{column})";
    }
}
