using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using I18nToolkit.Cli.Logs.Formatting;
using I18nToolkit.Cli.Projects;
using I18nToolkit.Cli.Translations;

namespace I18nToolkit.Cli.Check
{
    /// <summary>
    /// <c>i18n check</c>: per culture, the missing, stale, obsolete and hole-mismatched entries, as text or JSON; the exit
    /// code is 1 when an issue named in <c>--fail-on</c> is found (default: holes and plurals, which make a translation unusable).
    /// </summary>
    internal static class CheckCommand
    {
        public static Command Create()
        {
            var project = new ProjectOptions();
            var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "json");
            var failOn = new Option<string[]>("--fail-on")
            {
                Description = "Issues that make the exit code 1: missing, stale, obsolete, holes, plurals (categories or choices not the culture's), moved (entries under an earlier prefix), or none. Default: holes, plurals.",
                AllowMultipleArgumentsPerToken = true,
                DefaultValueFactory = _ => new[] { "holes", "plurals" },
            };
            var command = new Command("check", "Report, per culture, missing, stale and obsolete translations and hole mismatches; fail CI on the issues named.");
            project.AddTo(command);
            command.Add(format);
            command.Add(failOn);
            command.SetAction(result => CommandRunner.Run(result, (output, error) =>
            {
                HashSet<TranslationIssue> failing = ParseFailOn(result.GetValue(failOn) ?? Array.Empty<string>());
                var translations = ProjectTranslations.Load(project.Resolve(result), error);
                var states = translations.CultureFiles().Select(c => translations.Read(c.Culture, c.Path)).ToList();
                if (result.GetValue(format) == "json")
                    WriteJson(output, translations, states);
                else
                    WriteText(output, translations, states);
                var crossed = states.SelectMany(s => s.Findings).Select(f => f.Issue).Where(failing.Contains).Distinct().ToList();
                if (crossed.Count > 0)
                    error.WriteLine($"i18n check: failing on {string.Join(", ", crossed.Select(i => i.ToString().ToLowerInvariant()))}.");
                return crossed.Count > 0 ? ExitCodes.Problems : ExitCodes.Success;
            }));
            return command;
        }

        private static HashSet<TranslationIssue> ParseFailOn(IEnumerable<string> values)
        {
            var issues = new HashSet<TranslationIssue>();
            foreach (string value in values.SelectMany(v => v.Split(',')).Select(v => v.Trim()).Where(v => v.Length > 0))
            {
                if (value.Equals("none", StringComparison.OrdinalIgnoreCase))
                    continue;
                if (!Enum.TryParse(value, ignoreCase: true, out TranslationIssue issue))
                    throw new CliException($"--fail-on {value}: expected missing, stale, obsolete, holes, plurals, moved or none.");
                issues.Add(issue);
            }

            return issues;
        }

        private static void WriteText(TextWriter output, ProjectTranslations translations, List<CultureState> states)
        {
            output.WriteLine($"{translations.Messages.Count} messages in code.");
            if (states.Count == 0)
                output.WriteLine("No culture files (set I18nCultures or pass --cultures to create them with i18n extract).");
            foreach (CultureState state in states)
            {
                string Count(TranslationIssue issue) => $"{state.Findings.Count(f => f.Issue == issue)} {issue.ToString().ToLowerInvariant()}";
                output.WriteLine($"{state.Culture}: {state.Translated} translated, {Count(TranslationIssue.Missing)}, {Count(TranslationIssue.Stale)}, {Count(TranslationIssue.Obsolete)}, {Count(TranslationIssue.Holes)}{(state.Findings.Any(f => f.Issue == TranslationIssue.Plurals) ? ", " + Count(TranslationIssue.Plurals) : string.Empty)}{(state.Findings.Any(f => f.Issue == TranslationIssue.Moved) ? ", " + Count(TranslationIssue.Moved) : string.Empty)} ({Path.GetRelativePath(translations.Settings.Directory, state.Path)})");
                foreach (TranslationFinding finding in state.Findings)
                {
                    string where = finding.Line > 0 ? $"{Path.GetRelativePath(translations.Settings.Directory, state.Path)}({finding.Line})" : Path.GetRelativePath(translations.Settings.Directory, state.Path);
                    output.WriteLine($"  {finding.Issue.ToString().ToLowerInvariant(),-8} {SafeText.Quote(finding.Key)}  {where}: {SafeText.Quote(finding.Detail, 400)}");
                }
            }
        }

        private static void WriteJson(TextWriter output, ProjectTranslations translations, List<CultureState> states)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartObject();
                json.WriteNumber("messages", translations.Messages.Count);
                json.WriteStartArray("cultures");
                foreach (CultureState state in states)
                {
                    json.WriteStartObject();
                    json.WriteString("culture", state.Culture);
                    json.WriteString("file", Path.GetRelativePath(translations.Settings.Directory, state.Path));
                    json.WriteNumber("translated", state.Translated);
                    foreach (TranslationIssue issue in Enum.GetValues<TranslationIssue>())
                        json.WriteNumber(issue.ToString().ToLowerInvariant(), state.Findings.Count(f => f.Issue == issue));
                    json.WriteStartArray("findings");
                    foreach (TranslationFinding finding in state.Findings)
                    {
                        json.WriteStartObject();
                        json.WriteString("issue", finding.Issue.ToString().ToLowerInvariant());
                        json.WriteString("key", finding.Key);
                        if (finding.Line > 0)
                            json.WriteNumber("line", finding.Line);
                        json.WriteString("detail", finding.Detail);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }
    }
}
