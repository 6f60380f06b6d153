using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using I18nToolkit.Build.Catalog;
using I18nToolkit.Cli.Logs.Formatting;
using I18nToolkit.Build.IO;
using I18nToolkit.Build.Resources;
using I18nToolkit.Cli.Projects;
using I18nToolkit.Cli.Translations;
using I18nToolkit.Grammar;
using I18nToolkit.Resx;
using I18nToolkit.Grammar.Translations;

namespace I18nToolkit.Cli.Xliff
{
    /// <summary>
    /// <c>i18n xliff export|import</c>: the messages of one culture as XLIFF 2.0 for translators' tools, and their work
    /// back into the culture file. Export: source, target, state (<c>initial</c> with subState <c>i18n:new</c>,
    /// <c>translated</c>, or <c>translated</c> with subState <c>i18n:needs-review</c> for stale entries), notes with the
    /// usage sites and holes. Import: every unit is checked (the ID must be in code, the holes must match the English);
    /// refused units are reported and change nothing, an empty target keeps the translation there is, and the file is
    /// written once, atomically.
    /// </summary>
    internal static class XliffCommand
    {
        public static Command Create()
        {
            var command = new Command("xliff", "Exchange translations with translators as XLIFF 2.0.");
            command.Add(CreateExport());
            command.Add(CreateImport());
            return command;
        }

        private static Command CreateExport()
        {
            var project = new ProjectOptions();
            var culture = new Option<string>("--culture") { Description = "The target culture, e.g. de.", Required = true };
            var output = new Option<string?>("--output", "-o") { Description = "The file to write. Default: <resource folder>/<name>.<culture>.xlf." };
            var command = new Command("export", "Write the messages of one culture as XLIFF 2.0 (source, target, state, notes).");
            project.AddTo(command);
            command.Add(culture);
            command.Add(output);
            command.SetAction(result => CommandRunner.Run(result, (stdout, error) =>
            {
                var translations = ProjectTranslations.Load(project.Resolve(result), error);
                string name = result.GetValue(culture)!;
                CultureState state = translations.Read(name, translations.CultureFile(name));
                var issues = state.Findings.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.Select(f => f.Issue).ToList(), StringComparer.Ordinal);
                var file = new XElement(XliffText.Ns + "file", new XAttribute("id", translations.Settings.Prefix));
                foreach (ExtractedMessage message in translations.Messages)
                {
                    string key = message.Definition.Id.ToResourceKey(translations.Settings.Prefix);
                    IReadOnlyList<string> holes = message.Definition.Template.HoleNames;
                    issues.TryGetValue(key, out List<TranslationIssue>? problems);
                    state.Entries.TryGetValue(key, out ResxEntry? entry);
                    bool isNew = problems?.Contains(TranslationIssue.Missing) == true;
                    bool review = problems?.Contains(TranslationIssue.Stale) == true || problems?.Contains(TranslationIssue.Holes) == true;
                    var segment = new XElement(XliffText.Ns + "segment", new XAttribute("state", isNew ? "initial" : "translated"));
                    if (isNew || review)
                        segment.Add(new XAttribute("subState", isNew ? "i18n:new" : "i18n:needs-review"));
                    // xml:space="preserve": every space is part of the message (and no writer indents a leading placeholder).
                    segment.Add(new XElement(XliffText.Ns + "source", Preserve(), XliffText.ToInline(message.Template, holes)));
                    if (!isNew)
                    {
                        // The template as the runtime reads it (a kept "ID: " start is not the translator's text).
                        string translation = TranslationRules.TemplateText(entry!.Value, message.Id, out _);
                        segment.Add(new XElement(XliffText.Ns + "target", Preserve(), MessageTemplate.TryParse(translation, out _, out _) ? XliffText.ToInline(translation, holes) : XliffText.Text(entry.Value)));
                    }
                    file.Add(new XElement(XliffText.Ns + "unit", new XAttribute("id", key),
                        new XElement(XliffText.Ns + "notes",
                            new XElement(XliffText.Ns + "note", new XAttribute("category", "location"), string.Join(", ", message.Sites)),
                            new XElement(XliffText.Ns + "note", new XAttribute("category", "holes"), holes.Count == 0 ? "none" : string.Join(", ", holes.Select(h => "{" + h + "}")))),
                        segment));
                }

                var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
                    new XElement(XliffText.Ns + "xliff", new XAttribute("version", "2.0"), new XAttribute("srcLang", "en"), new XAttribute("trgLang", name), file));
                string path = Path.GetFullPath(result.GetValue(output) ?? Path.ChangeExtension(translations.CultureFile(name), ".xlf"));
                AtomicFile.WriteIfChanged(path, document.Declaration + "\n" + XliffText.Serialize(document.Root!) + "\n");
                int count(TranslationIssue issue) => state.Findings.Count(f => f.Issue == issue);
                stdout.WriteLine($"{path}: {translations.Messages.Count} units ({count(TranslationIssue.Missing)} new, {count(TranslationIssue.Stale)} to review).");
                return ExitCodes.Success;
            }));
            return command;
        }

        private static Command CreateImport()
        {
            var project = new ProjectOptions();
            var file = new Argument<string>("xliff") { Description = "The XLIFF 2.0 file a translator returned." };
            var culture = new Option<string?>("--culture") { Description = "The culture to import into. Default: the file's trgLang." };
            var command = new Command("import", "Merge a returned XLIFF 2.0 file into the culture file: holes validated, unknown IDs refused, no translation dropped.");
            command.Add(file);
            project.AddTo(command);
            command.Add(culture);
            command.SetAction(result => CommandRunner.Run(result, (stdout, error) =>
            {
                string xliffPath = result.GetValue(file)!;
                XDocument xliff = LoadXliff(xliffPath);
                string target = (string?)xliff.Root!.Attribute("trgLang") ?? string.Empty;
                string name = result.GetValue(culture) ?? target;
                if (name.Length == 0)
                    throw new CliException($"{xliffPath}: no trgLang on <xliff>; pass --culture.");
                if (target.Length > 0 && !string.Equals(target, name, StringComparison.OrdinalIgnoreCase))
                    throw new CliException($"{xliffPath}: the file is for {target}, not {name}.");

                var translations = ProjectTranslations.Load(project.Resolve(result), error);
                var messages = translations.Messages.ToDictionary(m => m.Definition.Id.ToResourceKey(translations.Settings.Prefix), StringComparer.Ordinal);
                string culturePath = translations.CultureFile(name);
                // Each unit is checked once against the code; what the culture file holds is read at the write (see below).
                var accepted = new List<(ExtractedMessage Message, string Text, bool Reviewed)>();
                int skipped = 0, refused = 0;
                foreach (XElement unit in xliff.Descendants(XliffText.Ns + "unit"))
                {
                    string id = (string?)unit.Attribute("id") ?? string.Empty;
                    int line = ((IXmlLineInfo)unit).LineNumber;
                    if (!messages.TryGetValue(id, out ExtractedMessage? message))
                    {
                        error.WriteLine($"{xliffPath}({line}): unit '{SafeText.Quote(id)}' refused: no such message in code.");
                        refused++;
                        continue;
                    }

                    var targets = unit.Descendants(XliffText.Ns + "target").ToList();
                    string text = string.Concat(targets.Select(XliffText.FromInline));
                    if (targets.Count == 0 || text.Length == 0)
                    {
                        skipped++; // no translation returned: the file keeps what it has
                        continue;
                    }

                    TranslationCheck check = TranslationRules.Check(text, message.Id, message.Definition.Template, name);
                    if (!check.IsUsable)
                    {
                        error.WriteLine($"{xliffPath}({line}): unit '{SafeText.Quote(id)}' refused: {(check.Verdict == TranslationVerdict.Malformed ? "the translation does not parse: " : string.Empty)}{SafeText.Quote(check.Problem ?? string.Empty, 400)}");
                        refused++;
                        continue;
                    }

                    accepted.Add((message, text, (string?)unit.Element(XliffText.Ns + "segment")?.Attribute("subState") != "i18n:needs-review"));
                }

                // Merged into the file as it is when written, never over a translator's save made meanwhile.
                int updated = 0, unchanged = 0;
                try
                {
                    GuardedFile.Update(culturePath, existing =>
                    {
                        CultureDocument document = TranslationMerger.Load(culturePath, existing, translations.Settings.Prefix);
                        updated = unchanged = 0;
                        foreach (var (message, text, reviewed) in accepted)
                        {
                            // The same text still flagged for review was not reviewed: it stays as it is (stale included).
                            document.Entries.TryGetValue(message.Id, out XElement? existingEntry);
                            string? comment = (string?)existingEntry?.Element("comment");
                            if (existingEntry is not null && (string?)existingEntry.Element("value") == text && !(reviewed && TranslationMarkers.Parse(comment).Stale))
                            {
                                unchanged++;
                                continue;
                            }

                            // Translated (or reviewed) from the current English: no longer untranslated or stale; notes kept.
                            TranslationMarkers markers = TranslationMarkers.Parse(comment).With(sourceHash: TranslationMarkers.HashSource(message.Text), untranslated: false, stale: false);
                            if (TranslationMerger.SetTranslation(document, message.Id, text, markers.Format()))
                                updated++;
                            else
                                unchanged++;
                        }

                        return updated > 0 ? document.Text : null;
                    }, TranslatorSaves.Reapply);
                }
                catch (ResxFormatException e)
                {
                    throw new CliException($"{e.Path}({e.Line},{e.Column}): {e.Problem} Nothing was imported.");
                }
                catch (GuardedFileException e)
                {
                    throw new CliException(e.Message);
                }

                stdout.WriteLine($"{Path.GetRelativePath(translations.Settings.Directory, culturePath)}: {updated} updated, {unchanged} unchanged, {skipped} without a target (kept), {refused} refused.");
                return refused > 0 ? ExitCodes.Problems : ExitCodes.Success;
            }));
            return command;
        }

        private static XAttribute Preserve() => new XAttribute(XNamespace.Xml + "space", "preserve");

        private static XDocument LoadXliff(string path)
        {
            if (!File.Exists(path))
                throw new CliException($"{path}: no such file.");
            try
            {
                using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
                XDocument document = XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
                if (document.Root?.Name != XliffText.Ns + "xliff" || (string?)document.Root.Attribute("version") != "2.0")
                    throw new CliException($"{path}: not an XLIFF 2.0 document (expected <xliff version=\"2.0\" xmlns=\"{XliffText.Ns}\">).");
                return document;
            }
            catch (XmlException e)
            {
                throw new CliException($"{path}({e.LineNumber},{e.LinePosition}): not valid XML: {e.Message}");
            }
        }
    }
}
