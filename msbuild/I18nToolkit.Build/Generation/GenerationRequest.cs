using System;
using System.Collections.Generic;
using I18nToolkit.Grammar;

namespace I18nToolkit.Build.Generation
{
    /// <summary>What to extract and where to write it: the task's parameters, or the CLI's reading of a project.</summary>
    internal sealed class GenerationRequest
    {
        public GenerationRequest(string projectDirectory, IReadOnlyList<string> sources, string prefix, MessageIdPattern pattern, string neutralResourceFile)
        {
            ProjectDirectory = projectDirectory;
            Sources = sources;
            Prefix = prefix;
            Pattern = pattern;
            NeutralResourceFile = neutralResourceFile;
        }

        /// <summary>The project folder; sites in comments are relative to it.</summary>
        public string ProjectDirectory { get; }

        /// <summary>The C# files to read, absolute or relative to <see cref="ProjectDirectory"/>.</summary>
        public IReadOnlyList<string> Sources { get; }

        public string Prefix { get; }

        public MessageIdPattern Pattern { get; }

        /// <summary>The neutral file to generate, e.g. <c>Resources/Messages.resx</c> (relative to <see cref="ProjectDirectory"/> or absolute).</summary>
        public string NeutralResourceFile { get; }

        /// <summary>Cultures whose files are created when missing; existing culture files are always merged.</summary>
        public IReadOnlyList<string> Cultures { get; set; } = Array.Empty<string>();

        /// <summary>The per-file extraction cache, or null for none.</summary>
        public string? CacheFile { get; set; }

        /// <summary>When false, nothing is written: the result says what would change (the CLI's check).</summary>
        public bool Write { get; set; } = true;

        /// <summary>
        /// Whether the toolkit's analyzers run in this build: then a malformed message or an ID with two texts is theirs to
        /// report (at the very brace), and the build does not report it a second time. False in the CLI.
        /// </summary>
        public bool AnalyzersRun { get; set; }
    }
}
