using System;
using System.CommandLine;
using System.Globalization;
using I18nToolkit.Cli.Logs.Expressions;

namespace I18nToolkit.Cli.Logs
{
    /// <summary>The inputs and selection options the log commands share: files, <c>--where</c>, <c>--since</c>, <c>--until</c>.</summary>
    internal sealed class LogOptions
    {
        public Argument<string[]> Files { get; } = new Argument<string[]>("files")
        {
            Description = "CLEF or Microsoft.Extensions.Logging JSON files, gzip or not; '-' or none: standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };

        public Option<string?> Where { get; } = new Option<string?>("--where", "-w")
        {
            Description = "Only records for which this is true, e.g. \"Application = 'Payrollsync' and @l in ('Warning','Error') and MessageId like 'E1%'\".",
        };

        public Option<string?> Since { get; } = new Option<string?>("--since") { Description = "Only records at or after this time: 2026-11-21T07:00:00Z, or a time ago: 30s, 15m, 2h, 7d." };

        public Option<string?> Until { get; } = new Option<string?>("--until") { Description = "Only records at or before this time (same forms as --since)." };

        public Option<int> MaxLineLength { get; } = new Option<int>("--max-line-length")
        {
            Description = "Skip (and report) lines longer than this many bytes. Default: 16777216 (16 MiB).",
            DefaultValueFactory = _ => Records.LogLineSource.DefaultMaxLineLength,
        };

        /// <summary>The source of the inputs, with the line-length limit given.</summary>
        public Records.LogLineSource CreateSource(ParseResult result, System.IO.Stream? stdin)
        {
            int max = result.GetValue(MaxLineLength);
            if (max < 1024)
                throw new CliException($"--max-line-length: expected at least 1024 bytes, not {max}.");
            return new Records.LogLineSource(stdin, max);
        }

        public void AddTo(Command command)
        {
            command.Add(MaxLineLength);
            command.Add(Files);
            command.Add(Where);
            command.Add(Since);
            command.Add(Until);
        }

        public LogScan CreateScan(ParseResult result, DateTimeOffset now, System.Collections.Generic.IEnumerable<string>? fields = null, bool needsRecord = false)
        {
            CompiledFilter? filter = null;
            string? where = result.GetValue(Where);
            if (where is not null)
            {
                try
                {
                    filter = CompiledFilter.Compile(where);
                }
                catch (FilterSyntaxException e)
                {
                    throw new CliException("--where: " + e.Describe());
                }
            }

            return new LogScan(filter, Time("--since", result.GetValue(Since), now), Time("--until", result.GetValue(Until), now), fields, needsRecord);
        }

        /// <summary>An absolute time, or a duration before <paramref name="now"/>: <c>90s</c>, <c>15m</c>, <c>2h</c>, <c>7d</c>.</summary>
        internal static DateTimeOffset? Time(string option, string? text, DateTimeOffset now)
        {
            if (string.IsNullOrWhiteSpace(text))
                return null;
            text = text!.Trim();
            char unit = text[text.Length - 1];
            if ("smhd".IndexOf(unit) >= 0 && double.TryParse(text.Substring(0, text.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture, out double amount) && amount >= 0)
            {
                TimeSpan ago = unit switch
                {
                    's' => TimeSpan.FromSeconds(amount),
                    'm' => TimeSpan.FromMinutes(amount),
                    'h' => TimeSpan.FromHours(amount),
                    _ => TimeSpan.FromDays(amount),
                };
                return now - ago;
            }

            if (CompiledFilter.TryParseTime(text, out DateTimeOffset time))
                return time;
            throw new CliException($"{option} '{Formatting.SafeText.Quote(text)}': expected a time (2026-11-21T07:00:00Z) or a duration ago (30s, 15m, 2h, 7d).");
        }
    }
}
