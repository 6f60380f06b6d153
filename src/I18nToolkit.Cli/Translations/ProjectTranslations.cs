using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using I18nToolkit.Build.Catalog;
using I18nToolkit.Build.Generation;
using I18nToolkit.Build.Resources;
using I18nToolkit.Cli.Output;
using I18nToolkit.Cli.Projects;
using I18nToolkit.Resx;

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
        public IReadOnlyList<(string Culture, string Path)> CultureFiles(IEnumerable<string>? also = null) =>
            CultureFileSet.Find(Settings.NeutralResourceFile, Settings.Cultures.Concat(also ?? Array.Empty<string>()));

        public string CultureFile(string culture) => I18nToolkit.Resx.CultureFiles.PathOf(Settings.NeutralResourceFile, culture);

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
