using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using I18nToolkit.Build.Generation;
using I18nToolkit.Grammar;
using Xunit;

namespace I18nToolkit.Build.Tests.Generation
{
    public sealed class ResourceGeneratorTests : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "i18n-generator-" + Guid.NewGuid().ToString("N"));

        public void Dispose() => Directory.Delete(_root, recursive: true);

        private sealed class Log : IGenerationLog
        {
            public List<string> Lines { get; } = new List<string>();

            public void Error(string code, string file, int line, int column, string message) => Lines.Add($"error {code} {file}({line},{column}) {message}");

            public void Warning(string code, string file, int line, int column, string message) => Lines.Add($"warning {code} {message}");

            public void Info(string message, bool important) => Lines.Add(message);
        }

        private static string Source(params string[] messages) =>
            "class C\n{\n    void M(object a)\n    {\n" + string.Concat(messages.Select(m => "        Loc.X(\"" + m + "\", a);\n")) + "    }\n}\n";

        private static GenerationResult Run(string project, bool warm, Log? log = null)
        {
            var sources = Directory.GetFiles(project, "*.cs").Select(Path.GetFileName).ToList();
            var request = new GenerationRequest(project, sources!, "App", MessageIdPattern.Default, "Resources/Messages.resx")
            {
                Cultures = new[] { "de" },
                CacheFile = warm ? Path.Combine(project, "obj", "i18n.cache") : null,
            };
            Directory.CreateDirectory(Path.Combine(project, "obj"));
            return ResourceGenerator.Run(request, log ?? new Log());
        }

        private static void Write(string project, string file, string text)
        {
            string path = Path.Combine(project, file);
            File.WriteAllText(path, text);
            // Size and write time are what the cache compares: make each edit visible even within one clock tick.
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(Directory.GetFiles(project).Length + Environment.TickCount % 1000));
        }

        [Fact]
        public void A_warm_node_writes_exactly_what_cold_runs_write_through_a_series_of_edits()
        {
            string warm = Path.Combine(_root, "warm"), cold = Path.Combine(_root, "cold");
            var steps = new List<Action<string>>
            {
                p => { Write(p, "A.cs", Source("E100: Open {File}", "W101: Slow {Ms}")); Write(p, "B.cs", Source("I102: Started")); },
                p => Write(p, "A.cs", "\n\n" + Source("E100: Open {File}", "W101: Slow {Ms}")), // lines moved
                p => Translate(p, "App-E100", "Öffne {File}"), // a translator at work
                p => Write(p, "A.cs", Source("E100: Cannot open {File}", "W101: Slow {Ms}")), // translated text changed: stale
                p => Write(p, "B.cs", Source("I102: Started", "I103: Stopped")), // added
                p => Write(p, "B.cs", Source("I103: Stopped")), // removed: obsolete
                p => Translate(p, "App-I103", "Gestoppt"),
                p => Write(p, "B.cs", Source("I102: Started", "I103: Stopped")), // revived
                p => Write(p, "A.cs", Source("E100: Cannot open {File}", "W101: Slow {Ms}") + "// code only\n"),
            };

            Directory.CreateDirectory(warm);
            Directory.CreateDirectory(cold);
            foreach (Action<string> step in steps)
            {
                step(warm);
                step(cold);
                Assert.True(Run(warm, warm: true).Succeeded);
                Assert.True(Run(cold, warm: false).Succeeded);
                foreach (string file in new[] { "Resources/Messages.resx", "Resources/Messages.de.resx" })
                    Assert.Equal(File.ReadAllText(Path.Combine(cold, file)), File.ReadAllText(Path.Combine(warm, file)));
            }

            string german = File.ReadAllText(Path.Combine(warm, "Resources/Messages.de.resx"));
            Assert.Contains("Öffne {File}", german, StringComparison.Ordinal);
            Assert.Contains("[i18n stale]", german, StringComparison.Ordinal);
            Assert.Contains("Gestoppt", german, StringComparison.Ordinal);
        }

        [Fact]
        public void A_second_run_without_changes_reads_no_source_and_writes_nothing()
        {
            string project = Path.Combine(_root, "p");
            Directory.CreateDirectory(project);
            Write(project, "A.cs", Source("E100: Open {File}"));
            Run(project, warm: true);
            DateTime written = File.GetLastWriteTimeUtc(Path.Combine(project, "Resources/Messages.de.resx"));

            var log = new Log();
            GenerationResult again = Run(project, warm: true, log);

            Assert.Equal(0, again.FilesRead);
            Assert.False(again.NeutralChanged);
            Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(project, "Resources/Messages.de.resx")));
            Assert.Contains(log.Lines, l => l.Contains("cache in memory", StringComparison.Ordinal));
        }

        [Fact]
        public void A_culture_file_broken_between_builds_is_an_error_and_the_next_good_build_recovers()
        {
            string project = Path.Combine(_root, "p");
            Directory.CreateDirectory(project);
            Write(project, "A.cs", Source("E100: Open {File}"));
            Run(project, warm: true);
            string german = Path.Combine(project, "Resources/Messages.de.resx");
            string good = File.ReadAllText(german);

            File.WriteAllText(german, good.Replace("</root>", "<data name=\"App-E100\"><value>dup</value></data></root>", StringComparison.Ordinal));
            Write(project, "A.cs", Source("E100: Open {File}", "E101: New"));
            var log = new Log();
            Assert.False(Run(project, warm: true, log).Succeeded);
            Assert.Contains(log.Lines, l => l.StartsWith("error I18NB003", StringComparison.Ordinal));

            File.WriteAllText(german, good);
            Assert.True(Run(project, warm: true).Succeeded);
            Assert.Contains("App-E101", File.ReadAllText(german), StringComparison.Ordinal);
        }

        [Fact]
        public void Control_characters_round_trip_through_the_neutral_and_culture_files_over_merges()
        {
            string project = Path.Combine(_root, "p");
            Directory.CreateDirectory(project);
            // "\u0007" and "\r\n" written as C# escapes in the source, as a developer would.
            Write(project, "A.cs", Source("E100: Bell \\u0007 {File}", "E101: Two\\r\\nlines {File}"));
            var log = new Log();
            Assert.True(Run(project, warm: false, log).Succeeded, string.Join("\n", log.Lines));
            string neutral = File.ReadAllText(Path.Combine(project, "Resources/Messages.resx"));
            Assert.Contains("Bell &#x7; {File}", neutral, StringComparison.Ordinal);
            Assert.Contains("Two&#xD;\nlines {File}", neutral, StringComparison.Ordinal);

            // A translator's value holding the toolkit's own escapes survives every later merge, byte for byte.
            Translate(project, "App-E100", "Glocke &#x1; &#x7; {File}");
            Translate(project, "App-E101", "Zwei&#xD;\nZeilen {File}");
            Assert.True(Run(project, warm: false).Succeeded);
            Write(project, "A.cs", Source("E100: Bell \\u0007 {File}", "E101: Two\\r\\nlines {File}", "E102: New"));
            Assert.True(Run(project, warm: false).Succeeded);
            string german = File.ReadAllText(Path.Combine(project, "Resources/Messages.de.resx"));
            Assert.Contains("<value>Glocke &#x1; &#x7; {File}</value>", german, StringComparison.Ordinal);
            Assert.Contains("<value>Zwei&#xD;\nZeilen {File}</value>", german, StringComparison.Ordinal);
            Assert.Contains("App-E102", german, StringComparison.Ordinal);
            Assert.Contains("English: Bell &#x7; {File}", german, StringComparison.Ordinal);
        }

        [Fact]
        public void Half_a_surrogate_pair_is_refused_at_its_position_and_nothing_breaks()
        {
            string project = Path.Combine(_root, "p");
            Directory.CreateDirectory(project);
            Write(project, "A.cs", Source("E100: Half \\uD800 here", "E101: Fine"));
            var log = new Log();

            Assert.True(Run(project, warm: false, log).Succeeded);

            Assert.Contains(log.Lines, l => l.Contains("position 11: expected a whole character", StringComparison.Ordinal));
            string neutral = File.ReadAllText(Path.Combine(project, "Resources/Messages.resx"));
            Assert.DoesNotContain("App-E100", neutral, StringComparison.Ordinal);
            Assert.Contains("App-E101", neutral, StringComparison.Ordinal);
        }

        private static IEnumerable<string> NeutralIds(string project) =>
            System.Xml.Linq.XDocument.Load(Path.Combine(project, "Resources/Messages.resx")).Root!.Elements("data")
                .Select(d => ((string)d.Attribute("name")!).Substring("App-".Length));

        [Fact]
        public void Every_conditional_branch_is_extracted_whatever_the_configuration()
        {
            string project = Path.Combine(_root, "p");
            Directory.CreateDirectory(project);
            Write(project, "A.cs", @"class C
{
    void M(object a)
    {
#if DEBUG
        Loc.X(""E100: Debug only"");
#else
        Loc.X(""E101: Release only"");
#endif
#if NET8_0_OR_GREATER
        Loc.X(""E102: Modern runtime"");
#elif NETSTANDARD2_0 && !DEBUG
        Loc.X(""E103: Old runtime"");
#endif
#if (A || B) && !C
#if B
        Loc.X(""E104: Nested"");
#endif
#endif
#if false
        Loc.X(""E105: Dead code, in no configuration"");
#endif
        Loc.X(""E106: Everywhere"");
    }
}
");
            var log = new Log();
            Assert.True(Run(project, warm: false, log).Succeeded);

            Assert.Equal(new[] { "E100", "E101", "E102", "E103", "E104", "E106" }, NeutralIds(project));
            Assert.DoesNotContain(log.Lines, l => l.StartsWith("warning", StringComparison.Ordinal));
        }

        [Fact]
        public void A_branch_no_symbol_set_can_reach_is_reported_rather_than_left_out_in_silence()
        {
            string project = Path.Combine(_root, "p");
            Directory.CreateDirectory(project);
            string many = string.Join(" && ", Enumerable.Range(0, 13).Select(i => "S" + i));
            Write(project, "A.cs", "class C\n{\n    void M()\n    {\n#if " + many + "\n        Loc.X(\"E100: Behind thirteen symbols\");\n#endif\n    }\n}\n");
            var log = new Log();

            Assert.True(Run(project, warm: false, log).Succeeded);

            Assert.Contains(log.Lines, l => l.StartsWith("warning I18NB007 The messages of this conditional branch are not extracted", StringComparison.Ordinal));
        }

        [Fact]
        public void Messages_written_as_constants_of_the_project_are_extracted_and_follow_edits_of_the_constant()
        {
            string project = Path.Combine(_root, "p");
            Directory.CreateDirectory(project);
            Write(project, "Texts.cs", @"namespace App
{
    internal static class Texts
    {
        public const string NotFound = ""E140: Could not find {Name}"";
        public const string Id = ""E142"";
        public const string Base = ""E143: Import"";
        public const string Derived = Base + "" failed for {Name}"";
    }
}
");
            Write(project, "Use.cs", @"using static App.Texts;
namespace App
{
    class Use
    {
        const string Local = ""E144: Local constant"";
        void M(string n, string variable)
        {
            Loc.T(Texts.NotFound, n);
            Loc.T(""E141: Prefix "" + ""joined {Name}"", n);
            Loc.T($""{Id}: Interpolated {{Name}}"", n);
            Loc.T(Derived, n);
            Loc.T(Local);
            Loc.T(variable);
            Loc.T(System.Environment.NewLine);
        }
    }
}
");
            Assert.True(Run(project, warm: true).Succeeded);
            Assert.Equal(new[] { "E140", "E141", "E142", "E143", "E144" }, NeutralIds(project));
            string neutral = File.ReadAllText(Path.Combine(project, "Resources/Messages.resx"));
            Assert.Contains("<value>Import failed for {Name}</value>", neutral, StringComparison.Ordinal);
            Assert.Contains("Used at Use.cs:9.", neutral, StringComparison.Ordinal); // the site is the call, not the constant

            // Only the file of the constants changes: the message follows, in a warm node too.
            Write(project, "Texts.cs", File.ReadAllText(Path.Combine(project, "Texts.cs")).Replace("E140: Could not find {Name}", "E140: Found no {Name}", StringComparison.Ordinal));
            Assert.True(Run(project, warm: true).Succeeded);
            Assert.Contains("<value>Found no {Name}</value>", File.ReadAllText(Path.Combine(project, "Resources/Messages.resx")), StringComparison.Ordinal);
        }

        [Fact]
        public void In_a_build_whose_analyzers_run_a_bad_message_is_theirs_to_report_and_a_lost_branch_still_the_builds()
        {
            string project = Path.Combine(_root, "p");
            Directory.CreateDirectory(project);
            string many = string.Join(" && ", Enumerable.Range(0, 13).Select(i => "S" + i));
            Write(project, "A.cs", "class C\n{\n    void M()\n    {\n        Loc.X(\"E1: short ID\");\n#if " + many + "\n        Loc.X(\"E100: Behind thirteen symbols\");\n#endif\n    }\n}\n");
            var request = new GenerationRequest(project, new[] { "A.cs" }, "App", MessageIdPattern.Default, "Resources/Messages.resx") { AnalyzersRun = true };
            var log = new Log();

            ResourceGenerator.Run(request, log);

            Assert.Equal(new[] { "warning I18NB007" }, log.Lines.Where(l => l.StartsWith("warning", StringComparison.Ordinal)).Select(l => l.Substring(0, 16)));
            Assert.Contains(log.Lines, l => l.Contains("\"E1: short ID\" is not extracted", StringComparison.Ordinal) && l.EndsWith("(reported by the analyzers too)", StringComparison.Ordinal));
        }

        [Fact]
        public void A_culture_file_saved_on_every_attempt_fails_the_build_and_keeps_the_last_save()
        {
            string project = Path.Combine(_root, "p");
            Directory.CreateDirectory(project);
            Write(project, "A.cs", Source("E100: Open {File}"));
            Assert.True(Run(project, warm: false).Succeeded);
            Write(project, "A.cs", Source("E100: Open {File}", "E101: New"));
            string german = Path.Combine(project, "Resources", "Messages.de.resx");
            string original = File.ReadAllText(german);
            int saves = 0;
            string last = original;
            I18nToolkit.Build.IO.GuardedFile.BeforeCheck = p =>
            {
                last = original.Replace("</root>", $"<!-- save {++saves} --></root>", StringComparison.Ordinal);
                File.WriteAllText(p, last);
            };
            var log = new Log();
            try
            {
                Assert.False(Run(project, warm: false, log).Succeeded);
            }
            finally
            {
                I18nToolkit.Build.IO.GuardedFile.BeforeCheck = null;
            }

            Assert.Contains(log.Lines, l => l.StartsWith("error I18NB004", StringComparison.Ordinal) && l.Contains("kept changing", StringComparison.Ordinal));
            Assert.Equal(last, File.ReadAllText(german));
            Assert.Equal(new[] { german }, Directory.GetFiles(Path.Combine(project, "Resources"), "*.de.*"));
        }

        private static void Translate(string project, string key, string value)
        {
            string path = Path.Combine(project, "Resources", "Messages.de.resx");
            string text = File.ReadAllText(path);
            int at = text.IndexOf("name=\"" + key + "\"", StringComparison.Ordinal);
            int valueAt = text.IndexOf("<value>", at, StringComparison.Ordinal) + "<value>".Length;
            int end = text.IndexOf("</value>", valueAt, StringComparison.Ordinal);
            File.WriteAllText(path, text.Substring(0, valueAt) + value + text.Substring(end));
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(5));
        }
    }
}
