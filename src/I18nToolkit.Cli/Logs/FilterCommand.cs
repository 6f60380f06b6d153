using System;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using I18nToolkit.Cli.Logs.Formatting;
using I18nToolkit.Cli.Logs.Records;

namespace I18nToolkit.Cli.Logs
{
    /// <summary><c>i18n logs filter</c>: the records of structured log files that match an expression and a time window.</summary>
    internal static class FilterCommand
    {
        public static Command Create(Func<Stream?> stdin)
        {
            var options = new LogOptions();
            var follow = new Option<bool>("--follow", "-f") { Description = "Keep reading the last file as it grows (like tail -f), across rotation." };
            var output = new Option<string>("--output", "-o") { Description = "text (one neutralized line per record) or json (the matching lines as read).", DefaultValueFactory = _ => "text" };
            output.AcceptOnlyFromAmong("text", "json");
            var culture = new Option<string?>("--culture") { Description = "Render each toolkit message again in this culture, e.g. de (needs --resources)." };
            var resources = new Option<string?>("--resources") { Description = "Where the translations are: a folder with Messages.<culture>.resx files, or the application's output folder (satellite assemblies)." };
            var command = new Command("filter", "Print the records that match --where (and --since/--until), from CLEF or Microsoft.Extensions.Logging JSON lines.");
            options.AddTo(command);
            command.Add(follow);
            command.Add(output);
            command.Add(culture);
            command.Add(resources);
            // On a worker thread: following never ends by itself, and the caller (Ctrl+C, a test) cancels it.
            command.SetAction((result, cancellation) => Task.Run(() => CommandRunner.Run(result, (stdout, stderr) =>
            {
                bool json = result.GetValue(output) == "json";
                LogScan scan = options.CreateScan(result, DateTimeOffset.UtcNow, needsRecord: !json);
                string? cultureName = result.GetValue(culture);
                string? resourceFolder = result.GetValue(resources);
                if (cultureName is not null && resourceFolder is null)
                    throw new CliException("--culture needs --resources: the folder of the application's culture .resx files or its output folder.");
                LogTranslations? translations = cultureName is null ? null : LogTranslations.Load(resourceFolder!, cultureName);
                var formatter = new RecordTextFormatter(translations);
                bool following = result.GetValue(follow);

                var source = options.CreateSource(result, stdin());
                var blocks = source.Read(result.GetValue(options.Files) ?? Array.Empty<string>(), following, cancellation);
                using (new Progress(stderr, () => source.BytesRead, () => source.TotalBytes))
                {
                    scan.Run(
                        blocks,
                        parallel: !following,
                        () => new StringBuilder(),
                        (text, match) => text.Append(json ? Encoding.UTF8.GetString(match.Line.Bytes.Span) : formatter.Format(match.Record)).Append('\n'),
                        text =>
                        {
                            stdout.Write(text);
                            if (following)
                                stdout.Flush();
                        });
                }

                stdout.Flush();
                return scan.ReportProblems(stderr, source) ? ExitCodes.Problems : ExitCodes.Success;
            })));
            return command;
        }
    }
}
