using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using I18nToolkit.Build.Generation;
using I18nToolkit.Cli.Output;
using I18nToolkit.Cli.Projects;

namespace I18nToolkit.Cli.Extract
{
    /// <summary><c>i18n extract</c>: what the build does to the resources (neutral file written, culture files merged), without a build.</summary>
    internal static class ExtractCommand
    {
        public static Command Create()
        {
            var project = new ProjectOptions();
            var verbose = new Option<bool>("--verbose", "-v") { Description = "Say what was read and written." };
            var command = new Command("extract", "Extract the project's messages into the neutral .resx and merge them into every culture file, as the build does.");
            project.AddTo(command);
            command.Add(verbose);
            command.SetAction(result => CommandRunner.Run(result, (output, error) =>
            {
                IReadOnlyList<ProjectSettings> projects = project.ResolveAll(result);
                bool succeeded = true;
                foreach (ProjectSettings settings in projects)
                {
                    if (projects.Count > 1)
                        output.WriteLine($"{Path.GetRelativePath(Environment.CurrentDirectory, settings.ProjectFile ?? settings.Directory)}:");
                    var log = new ConsoleGenerationLog(output, error, result.GetValue(verbose));
                    var request = new GenerationRequest(settings.Directory, settings.FindSources(), settings.Prefix, settings.Pattern(), settings.NeutralResourceFile)
                    {
                        Cultures = settings.Cultures,
                    };
                    GenerationResult generated = ResourceGenerator.Run(request, log);
                    string neutral = Path.GetRelativePath(settings.Directory, settings.NeutralResourceFile);
                    output.WriteLine(generated.Messages.Count == 0 && !File.Exists(settings.NeutralResourceFile)
                        ? $"No messages in {generated.FilesRead + generated.FilesCached} files; no resource file written."
                        : $"{generated.Messages.Count} messages from {generated.FilesRead} files; {neutral} {(generated.NeutralChanged ? "written" : "unchanged")}.");
                    foreach (CultureMerge merge in generated.Cultures)
                        output.WriteLine($"{Path.GetRelativePath(settings.Directory, merge.Path)}: {(merge.Result is { Changed: true } changed ? changed.ToString() : "unchanged")}.");
                    succeeded &= generated.Succeeded;
                }

                return succeeded ? ExitCodes.Success : ExitCodes.Problems;
            }));
            return command;
        }
    }
}
