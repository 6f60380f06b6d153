using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using I18nToolkit.Build.Catalog;
using I18nToolkit.Build.IO;
using I18nToolkit.Build.Resources;
using I18nToolkit.Cli.Projects;
using I18nToolkit.Cli.Translations;
using I18nToolkit.Resx;

namespace I18nToolkit.Cli.Pseudo
{
    /// <summary><c>i18n pseudo</c>: writes a pseudo-localized culture file (default <c>qps-ploc</c>) for every message in code.</summary>
    internal static class PseudoCommand
    {
        public static Command Create()
        {
            var project = new ProjectOptions();
            var culture = new Option<string>("--culture")
            {
                Description = "The pseudo culture. Default: qps-ploc (Windows' pseudo-locale; on Linux, ICU knows en-XA).",
                DefaultValueFactory = _ => "qps-ploc",
            };
            var command = new Command("pseudo", "Write a pseudo-localized culture file (accented, ~30 % longer, bracketed; holes untouched) to see untranslated or truncated text in the running app.");
            project.AddTo(command);
            command.Add(culture);
            command.SetAction(result => CommandRunner.Run(result, (output, error) =>
            {
                var translations = ProjectTranslations.Load(project.Resolve(result), error);
                string name = result.GetValue(culture)!;
                string path = translations.CultureFile(name);
                var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
                text.Append("<!-- Pseudo-localized by i18n pseudo: generated, rewritten each time. -->\n<root>\n").Append(ResxText.Headers);
                foreach (ExtractedMessage message in translations.Messages)
                {
                    // Recorded as translated from the current English, so the build's merge leaves the entries alone.
                    var markers = new TranslationMarkers(TranslationMarkers.HashSource(message.Text), untranslated: false, obsolete: false, note: string.Empty);
                    ResxText.AppendData(text, message.Definition.Id.ToResourceKey(translations.Settings.Prefix), PseudoLocalizer.Localize(message.Definition.Template), markers.Format());
                }

                text.Append("</root>\n");
                bool written = AtomicFile.WriteIfChanged(path, text.ToString());
                output.WriteLine($"{Path.GetRelativePath(translations.Settings.Directory, path)}: {translations.Messages.Count} messages {(written ? "written" : "unchanged")}.");
                return ExitCodes.Success;
            }));
            return command;
        }
    }
}
