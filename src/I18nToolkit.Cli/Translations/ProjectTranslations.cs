using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using I18nToolkit.Build.Catalog;
using I18nToolkit.Build.Generation;
using I18nToolkit.Cli.Output;
using I18nToolkit.Cli.Projects;
using I18nToolkit.Grammar.Resx;

namespace I18nToolkit.Cli.Translations
{
    /// <summary>A project's messages (the build's extraction, nothing written) and its culture files, for check, pseudo and XLIFF.</summary>
    internal sealed class ProjectTranslations
    {
        private ProjectTranslations(ProjectSettings settings, IReadOnlyList<ExtractedMessage> messages)
        {
            Settings = settings;
            Messages = messages;
        }

        public ProjectSettings Settings { get; }

        public IReadOnlyList<ExtractedMessage> Messages { get; }

        public static ProjectTranslations Load(ProjectSettings settings, TextWriter error)
        {
            var request = new GenerationRequest(settings.Directory, settings.FindSources(), settings.Prefix, settings.Pattern(), settings.NeutralResourceFile) { Write = false };
            var log = new ConsoleGenerationLog(TextWriter.Null, error, verbose: false);
            GenerationResult result = ResourceGenerator.Run(request, log);
            return new ProjectTranslations(settings, result.Messages);
        }

        /// <summary>The culture files next to the neutral file (and <paramref name="also"/>, which need not exist yet).</summary>
        public IReadOnlyList<(string Culture, string Path)> CultureFiles(IEnumerable<string>? also = null)
        {
            string folder = Path.GetDirectoryName(Settings.NeutralResourceFile)!;
            string baseName = Path.GetFileNameWithoutExtension(Settings.NeutralResourceFile);
            var cultures = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string culture in Settings.Cultures.Concat(also ?? Array.Empty<string>()))
                cultures.Add(culture);
            if (Directory.Exists(folder))
            {
                foreach (string file in Directory.GetFiles(folder, baseName + ".*.resx"))
                    cultures.Add(Path.GetFileNameWithoutExtension(file).Substring(baseName.Length + 1));
            }

            return cultures.Select(c => (c, Path.Combine(folder, baseName + "." + c + ".resx"))).ToList();
        }

        public string CultureFile(string culture)
        {
            string folder = Path.GetDirectoryName(Settings.NeutralResourceFile)!;
            return Path.Combine(folder, Path.GetFileNameWithoutExtension(Settings.NeutralResourceFile) + "." + culture + ".resx");
        }

        /// <exception cref="CliException">The culture file cannot be read (with its line).</exception>
        public CultureState Read(string culture, string path)
        {
            try
            {
                return CultureState.Read(culture, path, Messages, Settings.Prefix);
            }
            catch (ResxFormatException e)
            {
                throw new CliException($"{e.Path}({e.Line},{e.Column}): {e.Problem}");
            }
        }
    }
}
