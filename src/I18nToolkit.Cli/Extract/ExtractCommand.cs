using System.CommandLine;
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
                ProjectSettings settings = project.Resolve(result);
                var log = new ConsoleGenerationLog(output, error, result.GetValue(verbose));
                var request = new GenerationRequest(settings.Directory, settings.FindSources(), settings.Prefix, settings.Pattern(), settings.NeutralResourceFile)
                {
                    Cultures = settings.Cultures,
                };
                GenerationResult generated = ResourceGenerator.Run(request, log);
                output.WriteLine($"{generated.Messages.Count} messages from {generated.FilesRead} files; {System.IO.Path.GetRelativePath(settings.Directory, settings.NeutralResourceFile)} {(generated.NeutralChanged ? "written" : "unchanged")}.");
                foreach (CultureMerge merge in generated.Cultures)
                    output.WriteLine($"{System.IO.Path.GetRelativePath(settings.Directory, merge.Path)}: {(merge.Result is { Changed: true } changed ? changed.ToString() : "unchanged")}.");
                return generated.Succeeded ? ExitCodes.Success : ExitCodes.Problems;
            }));
            return command;
        }
    }
}
