using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using I18nToolkit.Build.Catalog;
using I18nToolkit.Build.IO;
using I18nToolkit.Cli.Projects;
using I18nToolkit.Cli.Translations;
using I18nToolkit.Grammar;
using I18nToolkit.Resx;
using I18nToolkit.Grammar.Translations;

namespace I18nToolkit.Cli.Xliff
{
    /// <summary>
    /// <c>i18n xliff export|import</c>: the messages of one culture as XLIFF 2.0 (or 1.2, <c>--version 1.2</c>) for
    /// translators' tools, and their work back into the culture file (2.0, 1.2, and translate-toolkit's 1.1). Export: source, target, state (<c>initial</c> with subState <c>i18n:new</c>,
    /// <c>translated</c>, or <c>translated</c> with subState <c>i18n:needs-review</c> for stale entries), notes with the
    /// usage sites and holes. Import: every unit is checked (the ID must be in code, the holes must match the English);
    /// refused units are reported and change nothing, an empty target keeps the translation there is, and the file is
    /// written once, atomically.
    /// </summary>
    internal static class XliffCommand
    {
        public static Command Create()
        {
            var command = new Command("xliff", "Exchange translations with translators as XLIFF 2.0 or 1.2.");
            command.Add(CreateExport());
            command.Add(CreateImport());
            return command;
        }

        private static Command CreateExport()
        {
            var project = new ProjectOptions();
            var culture = new Option<string>("--culture") { Description = "The target culture, e.g. de.", Required = true };
            var output = new Option<string?>("--output", "-o") { Description = "The file to write. Default: <resource folder>/<name>.<culture>.xlf." };
            var version = new Option<string>("--version") { Description = "The XLIFF version: 2.0, or 1.2 (what translate-toolkit, Weblate and most CAT tools read).", DefaultValueFactory = _ => "2.0" };
            version.AcceptOnlyFromAmong("2.0", "1.2");
            var command = new Command("export", "Write the messages of one culture as XLIFF 2.0 or 1.2 (source, target, state, notes).");
            project.AddTo(command);
            command.Add(culture);
            command.Add(output);
            command.Add(version);
            command.SetAction(result => CommandRunner.Run(result, (stdout, error) =>
            {
                var translations = ProjectTranslations.Load(project.Resolve(result), error);
                string name = result.GetValue(culture)!;
                bool xliff12 = result.GetValue(version) == "1.2";
                CultureState state = translations.Read(name, translations.CultureFile(name));
                var issues = state.Findings.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.Select(f => f.Issue).ToList(), StringComparer.Ordinal);
                XNamespace ns = xliff12 ? XliffText.Ns12 : XliffText.Ns;
                var file = xliff12
                    ? new XElement(ns + "file", new XAttribute("original", Path.GetFileName(translations.Settings.NeutralResourceFile)), new XAttribute("source-language", "en"),
                        new XAttribute("target-language", name), new XAttribute("datatype", "plaintext"))
                    : new XElement(ns + "file", new XAttribute("id", translations.Settings.Prefix));
                var body = xliff12 ? new XElement(ns + "body") : file;
                if (xliff12)
                    file.Add(body);
                foreach (ExtractedMessage message in translations.Messages)
                {
                    string key = message.Definition.Id.ToResourceKey(translations.Settings.Prefix);
                    IReadOnlyList<string> holes = message.Definition.Template.HoleNames;
                    issues.TryGetValue(key, out List<TranslationIssue>? problems);
                    state.Entries.TryGetValue(key, out ResxEntry? entry);
                    bool isNew = problems?.Contains(TranslationIssue.Missing) == true;
                    bool review = problems?.Contains(TranslationIssue.Stale) == true || problems?.Contains(TranslationIssue.Holes) == true || problems?.Contains(TranslationIssue.Plurals) == true;
                    // xml:space="preserve": every space is part of the message (and no writer indents a leading placeholder).
                    var source = new XElement(ns + "source", Preserve(), XliffText.ToInline(message.Template, holes, xliff12));
                    XElement? target = null;
                    if (!isNew)
                    {
                        // The template as the runtime reads it (a kept "ID: " start is not the translator's text).
                        string translation = TranslationRules.TemplateText(entry!.Value, message.Id, out _);
                        target = new XElement(ns + "target", Preserve(), MessageTemplate.TryParse(translation, out _, out _) ? XliffText.ToInline(translation, holes, xliff12) : XliffText.Text(entry.Value, xliff12));
                    }

                    string location = string.Join(", ", message.Sites);
                    string holeList = holes.Count == 0 ? "none" : string.Join(", ", holes.Select(h => "{" + h + "}"));
                    if (xliff12)
                    {
                        // 1.2: states new / translated / needs-review-translation; the key as id and resname.
                        target?.Add(new XAttribute("state", review ? "needs-review-translation" : "translated"));
                        body.Add(new XElement(ns + "trans-unit", new XAttribute("id", key), new XAttribute("resname", key), Preserve(),
                            source, target ?? new XElement(ns + "target", Preserve(), new XAttribute("state", "new")),
                            new XElement(ns + "note", new XAttribute("from", "location"), location),
                            new XElement(ns + "note", new XAttribute("from", "holes"), holeList)));
                        continue;
                    }

                    var segment = new XElement(ns + "segment", new XAttribute("state", isNew ? "initial" : "translated"));
                    if (isNew || review)
                        segment.Add(new XAttribute("subState", isNew ? "i18n:new" : "i18n:needs-review"));
                    segment.Add(source);
                    if (target is not null)
                        segment.Add(target);
                    file.Add(new XElement(ns + "unit", new XAttribute("id", key),
                        new XElement(ns + "notes",
                            new XElement(ns + "note", new XAttribute("category", "location"), location),
                            new XElement(ns + "note", new XAttribute("category", "holes"), holeList)),
                        segment));
                }

                var document = new XDocument(new XDeclaration("1.0", "utf-8", null), xliff12
                    ? new XElement(ns + "xliff", new XAttribute("version", "1.2"), file)
                    : new XElement(ns + "xliff", new XAttribute("version", "2.0"), new XAttribute("srcLang", "en"), new XAttribute("trgLang", name), file));
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
            var file = new Argument<string>("xliff") { Description = "The XLIFF 2.0 or 1.2 (1.1) file a translator returned." };
            var culture = new Option<string?>("--culture") { Description = "The culture to import into. Default: the file's trgLang (2.0) or target-language (1.2)." };
            var command = new Command("import", "Merge a returned XLIFF 2.0 or 1.2 file into the culture file: holes and plurals validated, unknown IDs refused, no translation dropped.");
            command.Add(file);
            project.AddTo(command);
            command.Add(culture);
            command.SetAction(result => CommandRunner.Run(result, (stdout, error) =>
            {
                string xliffPath = result.GetValue(file)!;
                XDocument xliff = LoadXliff(xliffPath);
                bool xliff2 = xliff.Root!.Name.Namespace == XliffText.Ns;
                string target = (xliff2 ? (string?)xliff.Root.Attribute("trgLang") : xliff.Root.Elements().Select(f => (string?)f.Attribute("target-language")).FirstOrDefault(l => l is not null)) ?? string.Empty;
                string name = result.GetValue(culture) ?? target;
                if (name.Length == 0)
                    throw new CliException($"{xliffPath}: no {(xliff2 ? "trgLang on <xliff>" : "target-language on <file>")}; pass --culture.");
                if (target.Length > 0 && !string.Equals(target, name, StringComparison.OrdinalIgnoreCase))
                    throw new CliException($"{xliffPath}: the file is for {target}, not {name}.");

                var translations = ProjectTranslations.Load(project.Resolve(result), error);
                // Each unit is checked once against the code; what the culture file holds is read at the write.
                var import = new TranslationImport(translations, name, error);
                if (xliff2)
                    Import20(xliff, xliffPath, import);
                else
                    Xliff12Units.Import(xliff, xliffPath, import);
                var (updated, unchanged) = import.Write();
                return import.Report(stdout, updated, unchanged);
            }));
            return command;
        }

        private static void Import20(XDocument xliff, string xliffPath, TranslationImport import)
        {
            foreach (XElement unit in xliff.Descendants(XliffText.Ns + "unit"))
            {
                string id = (string?)unit.Attribute("id") ?? string.Empty;
                string place = $"{xliffPath}({((IXmlLineInfo)unit).LineNumber})";
                var targets = unit.Descendants(XliffText.Ns + "target").ToList();
                if (import.TryGetMessage(id, out _) && targets.Count == 0)
                {
                    import.Skip(); // no translation returned: the file keeps what it has
                    continue;
                }

                import.Add(place, id, string.Concat(targets.Select(XliffText.FromInline)),
                    (string?)unit.Element(XliffText.Ns + "segment")?.Attribute("subState") != "i18n:needs-review");
            }
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
                XName? root = document.Root?.Name;
                bool known = (root == XliffText.Ns + "xliff" && (string?)document.Root!.Attribute("version") == "2.0")
                    || root == XliffText.Ns12 + "xliff" || root == XliffText.Ns11 + "xliff";
                if (!known)
                    throw new CliException($"{path}: not an XLIFF 2.0 or 1.2 document (expected <xliff version=\"2.0\" xmlns=\"{XliffText.Ns}\"> or <xliff version=\"1.2\" xmlns=\"{XliffText.Ns12}\">).");
                return document;
            }
            catch (XmlException e)
            {
                throw new CliException($"{path}({e.LineNumber},{e.LinePosition}): not valid XML: {e.Message}");
            }
        }
    }
}
