using System;
using System.Linq;
using I18nToolkit.Build.Generation;
using I18nToolkit.Grammar;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace I18nToolkit.Build.Tasks
{
    /// <summary>
    /// Extracts the project's messages into the neutral <c>.resx</c> and merges them into every culture file
    /// (existing ones and those named in <see cref="Cultures"/>). Files are written atomically and only when their
    /// content changes; a culture file that cannot be read is an error with its line, and it is left untouched.
    /// </summary>
    public sealed class GenerateMessageResources : Task
    {
        /// <summary>The C# files to read (<c>@(Compile)</c>).</summary>
        [Required]
        public ITaskItem[] Sources { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>The project folder; sites in comments are relative to it.</summary>
        [Required]
        public string ProjectDirectory { get; set; } = string.Empty;

        /// <summary>The resource key prefix (<c>I18nPrefix</c>).</summary>
        [Required]
        public string Prefix { get; set; } = string.Empty;

        /// <summary>The ID pattern (<c>I18nIdPattern</c>); the default when empty.</summary>
        public string? IdPattern { get; set; }

        /// <summary>The neutral file to generate, e.g. <c>Resources/Messages.resx</c>.</summary>
        [Required]
        public string NeutralResourceFile { get; set; } = string.Empty;

        /// <summary>Cultures whose files are created when missing (<c>I18nCultures</c>: <c>de;fr</c>).</summary>
        public string[] Cultures { get; set; } = Array.Empty<string>();

        /// <summary>Where the per-file extraction cache lives (the intermediate folder).</summary>
        public string? CacheFile { get; set; }

        /// <summary>Whether the toolkit's analyzers run in this build (then they, not the task, report malformed messages).</summary>
        public bool AnalyzersRun { get; set; }

        /// <summary>Every culture file after the merge, with its culture as <c>Culture</c> metadata.</summary>
        [Output]
        public ITaskItem[] CultureResourceFiles { get; private set; } = Array.Empty<ITaskItem>();

        /// <inheritdoc />
        public override bool Execute()
        {
            MessageIdPattern pattern;
            try
            {
                pattern = string.IsNullOrWhiteSpace(IdPattern) ? MessageIdPattern.Default : MessageIdPattern.Create(IdPattern!);
            }
            catch (ArgumentException e)
            {
                Log.LogError(null, "I18NB001", null, null, 0, 0, 0, 0, $"I18nIdPattern is not usable: {e.Message}");
                return false;
            }

            var request = new GenerationRequest(ProjectDirectory, Sources.Select(s => s.ItemSpec).ToList(), Prefix, pattern, NeutralResourceFile)
            {
                Cultures = Cultures,
                CacheFile = CacheFile,
                AnalyzersRun = AnalyzersRun,
            };
            GenerationResult result = ResourceGenerator.Run(request, new MSBuildGenerationLog(Log));
            CultureResourceFiles = result.Cultures.Select(c =>
            {
                var item = new TaskItem(c.Path);
                item.SetMetadata("Culture", c.Culture);
                return (ITaskItem)item;
            }).ToArray();
            return result.Succeeded && !Log.HasLoggedErrors;
        }
    }
}
