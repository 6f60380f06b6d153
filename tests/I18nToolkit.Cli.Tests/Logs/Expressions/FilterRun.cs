using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using I18nToolkit.Cli.Logs;
using I18nToolkit.Cli.Logs.Expressions;
using I18nToolkit.Cli.Logs.Records;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace I18nToolkit.Cli.Tests.Logs.Expressions
{
    /// <summary>Runs a compiled filter over lines the way <c>i18n logs filter</c> does (prefilter, reader, evaluation).</summary>
    internal static class FilterRun
    {
        /// <summary>The 1-based numbers of the lines that match, and the problems the scan reported.</summary>
        public static (List<long> Matched, string Problems) Lines(CompiledFilter? filter, IEnumerable<string> lines, DateTimeOffset? since = null) =>
            Bytes(filter, Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"), since);

        /// <summary>As <see cref="Lines"/>, over raw bytes (which need not be UTF-8).</summary>
        public static (List<long> Matched, string Problems) Bytes(CompiledFilter? filter, byte[] text, DateTimeOffset? since = null)
        {
            byte[] buffer = ArrayPool<byte>.Shared.Rent(text.Length);
            text.CopyTo(buffer, 0);
            var scan = new LogScan(filter, since, null, needsRecord: true);
            var matched = new List<long>();
            scan.Run(new[] { new LogBlock("test.clef", 1, buffer, text.Length) }, parallel: false, () => matched, (list, match) => list.Add(match.Line.Number), _ => { });
            var problems = new StringWriter();
            scan.ReportProblems(problems);
            return (matched, problems.ToString());
        }

        public static bool Matches(CompiledFilter filter, string line) => Lines(filter, new[] { line }).Matched.Count == 1;

        /// <summary>The event as Serilog.Formatting.Compact writes it: the line a Serilog application leaves.</summary>
        public static string Clef(LogEvent logEvent)
        {
            var output = new StringWriter();
            new CompactJsonFormatter().Format(logEvent, output);
            return output.ToString().TrimEnd('\n', '\r');
        }
    }
}
