using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using I18nToolkit.Cli.Logs.Expressions;
using I18nToolkit.Cli.Logs.Formatting;
using I18nToolkit.Cli.Logs.Records;

namespace I18nToolkit.Cli.Logs
{
    /// <summary><c>i18n logs stats</c>: how many records per group (e.g. per Application and MessageId), the largest groups first.</summary>
    internal static class StatsCommand
    {
        public static Command Create(Func<Stream?> stdin)
        {
            var options = new LogOptions();
            var by = new Option<string[]>("--by") { Description = "The fields to group by, e.g. Application,MessageId (built-ins too: @l, @mt).", Required = true, AllowMultipleArgumentsPerToken = true };
            var top = new Option<int>("--top") { Description = "How many groups to show.", DefaultValueFactory = _ => 20 };
            var output = new Option<string>("--output", "-o") { Description = "text or json.", DefaultValueFactory = _ => "text" };
            output.AcceptOnlyFromAmong("text", "json");
            var command = new Command("stats", "Count records per group of field values, the largest groups first.");
            options.AddTo(command);
            command.Add(by);
            command.Add(top);
            command.Add(output);
            command.SetAction(result => CommandRunner.Run(result, (stdout, stderr) =>
            {
                string[] fields = (result.GetValue(by) ?? Array.Empty<string>()).SelectMany(f => f.Split(',')).Select(f => f.Trim()).Where(f => f.Length > 0).ToArray();
                if (fields.Length == 0)
                    throw new CliException("--by: name at least one field, e.g. --by Application,MessageId.");
                int limit = result.GetValue(top);
                if (limit <= 0)
                    throw new CliException("--top: expected a positive number.");
                LogScan scan = options.CreateScan(result, DateTimeOffset.UtcNow, fields);
                int[] slots = fields.Select(scan.SlotOf).ToArray();
                var counts = new Dictionary<string[], long>(new KeyComparer());
                var source = options.CreateSource(result, stdin());
                var blocks = source.Read(result.GetValue(options.Files) ?? Array.Empty<string>(), follow: false, default);
                using (new Progress(stderr, () => source.BytesRead, () => source.TotalBytes))
                {
                    scan.Run(
                        blocks,
                        parallel: true,
                        () => new Dictionary<string[], long>(new KeyComparer()),
                        (block, match) =>
                        {
                            var key = new string[fields.Length];
                            for (int i = 0; i < fields.Length; i++)
                            {
                                LogValue value = match.Slots[slots[i]];
                                key[i] = value.Kind == LogValueKind.Undefined ? "(none)" : value.ToString();
                            }

                            block[key] = block.TryGetValue(key, out long n) ? n + 1 : 1;
                        },
                        block =>
                        {
                            foreach (var group in block)
                                counts[group.Key] = counts.TryGetValue(group.Key, out long n) ? n + group.Value : group.Value;
                        });
                }

                var groups = counts.OrderByDescending(g => g.Value).ThenBy(g => string.Join("\u0001", g.Key), StringComparer.Ordinal).Take(limit).ToList();
                if (result.GetValue(output) == "json")
                    WriteJson(stdout, fields, groups);
                else
                    WriteTable(stdout, fields, groups, scan.Matched, counts.Count);
                stdout.Flush();
                return scan.ReportProblems(stderr, source) ? ExitCodes.Problems : ExitCodes.Success;
            }));
            return command;
        }

        private static void WriteTable(TextWriter stdout, string[] fields, List<KeyValuePair<string[], long>> groups, long records, int total)
        {
            var widths = fields.Select((f, i) => Math.Max(f.Length, groups.Select(g => SafeText.Neutralize(g.Key[i]).Length).DefaultIfEmpty(0).Max())).ToArray();
            int countWidth = Math.Max(5, groups.Select(g => g.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Length).DefaultIfEmpty(0).Max());
            stdout.WriteLine(string.Join("  ", fields.Select((f, i) => f.PadRight(widths[i]))) + "  " + "Count".PadLeft(countWidth));
            foreach (var group in groups)
                stdout.WriteLine(string.Join("  ", group.Key.Select((k, i) => SafeText.Neutralize(k).PadRight(widths[i]))) + "  " + group.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(countWidth));
            stdout.WriteLine($"{records} records in {total} groups{(groups.Count < total ? $", the largest {groups.Count} shown" : string.Empty)}.");
        }

        private static void WriteJson(TextWriter stdout, string[] fields, List<KeyValuePair<string[], long>> groups)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartArray();
                foreach (var group in groups)
                {
                    json.WriteStartObject();
                    for (int i = 0; i < fields.Length; i++)
                        json.WriteString(fields[i], group.Key[i]);
                    json.WriteNumber("Count", group.Value);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            stdout.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }

        private sealed class KeyComparer : IEqualityComparer<string[]>
        {
            public bool Equals(string[]? x, string[]? y) => x!.SequenceEqual(y!, StringComparer.Ordinal);

            public int GetHashCode(string[] key)
            {
                var hash = new HashCode();
                foreach (string part in key)
                    hash.Add(part, StringComparer.Ordinal);
                return hash.ToHashCode();
            }
        }
    }
}
