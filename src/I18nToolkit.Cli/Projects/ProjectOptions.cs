using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;

namespace I18nToolkit.Cli.Projects
{
    /// <summary>The project argument and the options that override the project file's settings, shared by the project commands.</summary>
    internal sealed class ProjectOptions
    {
        private readonly Argument<string> _project = new Argument<string>("project")
        {
            Description = "A .csproj file, or a folder holding one, or a folder of projects (extract and check each), or a folder of sources. Default: the current folder.",
            DefaultValueFactory = _ => ".",
        };

        private readonly Option<string?> _prefix = new Option<string?>("--prefix") { Description = "The resource key prefix (I18nPrefix). Default: the project's, else its assembly name." };
        private readonly Option<string?> _idPattern = new Option<string?>("--id-pattern") { Description = "The message ID pattern (I18nIdPattern). Default: the project's, else [A-Z][0-9]{3,}." };
        private readonly Option<string?> _resourceFolder = new Option<string?>("--resource-folder") { Description = "The resource folder (I18nResourceFolder). Default: Resources." };
        private readonly Option<string?> _resourceName = new Option<string?>("--resource-name") { Description = "The resource base name (I18nResourceName). Default: Messages." };
        private readonly Option<string[]> _cultures = new Option<string[]>("--cultures") { Description = "Cultures to create when missing, e.g. de,fr (I18nCultures).", AllowMultipleArgumentsPerToken = true };

        public void AddTo(Command command)
        {
            command.Add(_project);
            command.Add(_prefix);
            command.Add(_idPattern);
            command.Add(_resourceFolder);
            command.Add(_resourceName);
            command.Add(_cultures);
        }

        /// <summary>The one project named (a folder of several projects is an error naming them).</summary>
        public ProjectSettings Resolve(ParseResult result)
        {
            IReadOnlyList<ProjectSettings> all = ResolveAll(result);
            if (all.Count > 1)
                throw new CliException($"{result.GetValue(_project) ?? "."} holds {all.Count} projects ({string.Join(", ", all.Select(p => Path.GetRelativePath(Environment.CurrentDirectory, p.ProjectFile!)))}); name one.");
            return all[0];
        }

        /// <summary>Every project at the path (a folder of projects: each, on its own), with the options applied.</summary>
        public IReadOnlyList<ProjectSettings> ResolveAll(ParseResult result)
        {
            var all = new List<ProjectSettings>();
            foreach (ProjectSettings settings in ProjectSettings.LoadAll(result.GetValue(_project) ?? "."))
                all.Add(Apply(result, settings));
            return all;
        }

        private ProjectSettings Apply(ParseResult result, ProjectSettings settings)
        {
            settings.Prefix = result.GetValue(_prefix) ?? settings.Prefix;
            settings.IdPattern = result.GetValue(_idPattern) ?? settings.IdPattern;
            settings.ResourceFolder = result.GetValue(_resourceFolder) ?? settings.ResourceFolder;
            settings.ResourceName = result.GetValue(_resourceName) ?? settings.ResourceName;
            string[]? cultures = result.GetValue(_cultures);
            if (cultures is { Length: > 0 })
                settings.Cultures = cultures.SelectMany(c => c.Split(new[] { ',', ';', ' ', '\t' })).Select(c => c.Trim()).Where(c => c.Length > 0).ToArray();
            return settings;
        }
    }
}
