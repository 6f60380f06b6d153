using System;
using System.IO;
using System.Text;

namespace I18nToolkit.Cli
{
    internal static class Program
    {
        private static int Main(string[] args)
        {
            // Buffered: a filter may print millions of lines. Commands flush when they finish (and per record when following).
            using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
            int code = CliApplication.Run(args, stdout, Console.Error);
            stdout.Flush();
            return code;
        }
    }
}
