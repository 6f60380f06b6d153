using System;
using System.CommandLine;
using System.IO;

namespace I18nToolkit.Cli.Logs
{
    /// <summary><c>i18n logs</c>: for administrators, structured logs filtered and counted by context.</summary>
    internal static class LogsCommand
    {
        public static Command Create(Func<Stream?> stdin)
        {
            var command = new Command("logs", "Filter and count structured log records (CLEF, Microsoft.Extensions.Logging JSON) by context, level, message ID and time.");
            command.Add(FilterCommand.Create(stdin));
            command.Add(StatsCommand.Create(stdin));
            return command;
        }
    }
}
