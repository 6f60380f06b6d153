using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using I18nToolkit.Build.Catalog;
using I18nToolkit.Build.IO;
using I18nToolkit.Cli.Projects;
using I18nToolkit.Cli.Translations;
using I18nToolkit.Grammar;
using I18nToolkit.Grammar.Plurals;
using I18nToolkit.Grammar.Translations;
using I18nToolkit.Resx;

namespace I18nToolkit.Cli.Po
{
    /// <summary>
    /// <c>i18n po export|import</c>: the messages of one culture as a gettext PO file, for Poedit, Weblate, Pootle, GNU
    /// gettext and translate-toolkit, and their work back. Each entry is keyed by its resource key (<c>msgctxt</c>, and a
    /// <c>#:</c> reference, which survives translate-toolkit's conversions); the usage sites and holes are <c>#.</c>
    /// comments; a stale or unusable translation is <c>fuzzy</c>. A plain plural is a gettext plural (<c>msgid_plural</c>,
    /// <c>msgstr[n]</c> in the culture's CLDR categories, <c>Plural-Forms</c> made from CLDR); every other message is its
    /// template. Import holds every entry to the same rules as the XLIFF import (<see cref="TranslationImport"/>).
    /// </summary>
    internal static class PoCommand
    {
        public static Command Create()
        {
            var command = new Command("po", "Exchange translations with translators as gettext PO files.");
            command.Add(CreateExport());
            command.Add(CreateImport());
            return command;
        }

        private static Command CreateExport()
        {
            var project = new ProjectOptions();
            var culture = new Option<string>("--culture") { Description = "The target culture, e.g. pl.", Required = true };
            var output = new Option<string?>("--output", "-o") { Description = "The file to write. Default: <resource folder>/<name>.<culture>.po." };
            var command = new Command("export", "Write the messages of one culture as a PO file (plural forms from CLDR, fuzzy for what needs review).");
            project.AddTo(command);
            command.Add(culture);
            command.Add(output);
            command.SetAction(result => CommandRunner.Run(result, (stdout, error) =>
            {
                var translations = ProjectTranslations.Load(project.Resolve(result), error);
                string name = result.GetValue(culture)!;
                string culturePath = translations.CultureFile(name);
                CultureState state = translations.Read(name, culturePath);
                PluralRuleSet rules = PluralRules.For(name, PluralRuleType.Cardinal);
                var issues = state.Findings.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.Select(f => f.Issue).ToList(), StringComparer.Ordinal);
                var entries = new List<PoEntry> { Header(translations.Settings.Prefix, name, rules, culturePath) };
                int plurals = 0;
                foreach (ExtractedMessage message in translations.Messages)
                {
                    string key = message.Definition.Id.ToResourceKey(translations.Settings.Prefix);
                    issues.TryGetValue(key, out List<TranslationIssue>? problems);
                    state.Entries.TryGetValue(key, out ResxEntry? resx);
                    bool isNew = problems?.Contains(TranslationIssue.Missing) == true;
                    string? translation = isNew || resx is null ? null : TranslationRules.TemplateText(resx.Value, message.Id, out _);
                    var entry = new PoEntry { Context = key };
                    entry.References.Add(key);
                    entry.ExtractedComments.Add("location: " + string.Join(", ", message.Sites));
                    IReadOnlyList<string> holes = message.Definition.Template.HoleNames;
                    entry.ExtractedComments.Add("holes: " + (holes.Count == 0 ? "none" : string.Join(", ", holes.Select(h => "{" + h + "}"))));
                    if (problems?.Contains(TranslationIssue.Stale) == true || problems?.Contains(TranslationIssue.Holes) == true || problems?.Contains(TranslationIssue.Plurals) == true)
                        entry.Flags.Add("fuzzy");

                    if (AsGettextPlural(message.Definition.Template, translation, rules, out string english, out string englishPlural, out List<string> forms))
                    {
                        plurals++;
                        entry.ExtractedComments.Add("plural: msgstr[n] are the forms of " + string.Join(", ", rules.Categories.Select(PluralCategories.Name)) + "; # is the number");
                        entry.Id = english;
                        entry.IdPlural = englishPlural;
                        entry.Strings.AddRange(forms);
                    }
                    else
                    {
                        if (message.Definition.Template.HasChoices)
                            entry.ExtractedComments.Add("ICU MessageFormat: translate the text of each branch, keep the selectors ({Count, plural, one {...} ...}) and #");
                        entry.Id = message.Template;
                        entry.Strings.Add(translation ?? string.Empty);
                    }

                    entries.Add(entry);
                }

                string path = Path.GetFullPath(result.GetValue(output) ?? Path.ChangeExtension(culturePath, ".po"));
                AtomicFile.WriteIfChanged(path, PoWriter.Write(entries));
                int count(TranslationIssue issue) => state.Findings.Count(f => f.Issue == issue);
                stdout.WriteLine($"{path}: {translations.Messages.Count} entries ({plurals} plural, {count(TranslationIssue.Missing)} new, {count(TranslationIssue.Stale) + count(TranslationIssue.Holes) + count(TranslationIssue.Plurals)} fuzzy).");
                return ExitCodes.Success;
            }));
            return command;
        }

        /// <summary>
        /// Whether the message goes to gettext as a plural: its English is a plain plural with English's categories, and
        /// its translation (if any) one with exactly the culture's. Then the English forms and the translated ones.
        /// </summary>
        private static bool AsGettextPlural(MessageTemplate english, string? translation, PluralRuleSet rules,
            out string one, out string other, out List<string> forms)
        {
            one = other = string.Empty;
            forms = new List<string>();
            PluralRuleSet englishRules = PluralRules.For(PluralRules.SourceLanguage, PluralRuleType.Cardinal);
            if (!PluralForms.TrySplit(english, englishRules.Categories, out _, out List<string> source) || source.Count != 2)
                return false;
            one = source[0];
            other = source[1];
            if (translation is null)
            {
                forms.AddRange(rules.Categories.Select(_ => string.Empty));
                return true;
            }

            return MessageTemplate.TryParse(translation, out MessageTemplate? parsed, out _) && PluralForms.TrySplit(parsed!, rules.Categories, out _, out forms);
        }

        private static PoEntry Header(string prefix, string culture, PluralRuleSet rules, string culturePath)
        {
            DateTime revised = File.Exists(culturePath) ? File.GetLastWriteTimeUtc(culturePath) : DateTime.UtcNow;
            var header = new StringBuilder()
                .Append("Project-Id-Version: ").Append(prefix).Append('\n')
                .Append("POT-Creation-Date: ").Append(revised.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append("+0000\n")
                .Append("PO-Revision-Date: ").Append(revised.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append("+0000\n")
                .Append("Last-Translator: \n")
                .Append("Language-Team: ").Append(culture).Append('\n')
                .Append("Language: ").Append(culture).Append('\n')
                .Append("MIME-Version: 1.0\n")
                .Append("Content-Type: text/plain; charset=UTF-8\n")
                .Append("Content-Transfer-Encoding: 8bit\n")
                .Append("Plural-Forms: ").Append(GettextPluralForms.For(rules)).Append('\n')
                .Append("X-Generator: i18n (I18nToolkit), plural forms from CLDR ").Append(PluralRules.CldrVersion).Append('\n');
            var entry = new PoEntry();
            entry.TranslatorComments.Add($"{prefix} messages for {culture}. Each entry's msgctxt and #: reference name its message: keep them.");
            entry.Strings.Add(header.ToString());
            return entry;
        }

        private static Command CreateImport()
        {
            var project = new ProjectOptions();
            var file = new Argument<string>("po") { Description = "The PO file a translator returned." };
            var culture = new Option<string?>("--culture") { Description = "The culture to import into. Default: the file's Language header." };
            var command = new Command("import", "Merge a returned PO file into the culture file: holes and plural forms validated, unknown entries refused, no translation dropped.");
            command.Add(file);
            project.AddTo(command);
            command.Add(culture);
            command.SetAction(result => CommandRunner.Run(result, (stdout, error) =>
            {
                string poPath = result.GetValue(file)!;
                List<PoEntry> entries = Load(poPath);
                PoEntry? header = entries.FirstOrDefault(e => e.IsHeader);
                string language = HeaderField(header, "Language") ?? string.Empty;
                string name = result.GetValue(culture) ?? language.Replace('_', '-');
                if (name.Length == 0)
                    throw new CliException($"{poPath}: no Language in the header; pass --culture.");
                if (language.Length > 0 && !string.Equals(language.Replace('_', '-'), name, StringComparison.OrdinalIgnoreCase))
                    throw new CliException($"{poPath}: the file is for {language}, not {name}.");

                var translations = ProjectTranslations.Load(project.Resolve(result), error);
                var import = new TranslationImport(translations, name, error);
                foreach (PoEntry entry in entries)
                {
                    if (entry.IsHeader || entry.IsObsolete)
                        continue;
                    string place = $"{poPath}({entry.Line})";
                    string? key = KeyOf(entry, import);
                    if (key is null)
                    {
                        import.Refuse(place, entry.Context ?? entry.References.FirstOrDefault() ?? entry.Id, "no such message in code (msgctxt and the #: references name none).");
                        continue;
                    }

                    if (entry.IdPlural is null)
                    {
                        import.Add(place, key, entry.Strings[0], reviewed: !entry.IsFuzzy);
                        continue;
                    }

                    import.AddPlural(place, key, entry.Strings, reviewed: !entry.IsFuzzy);
                }

                var (updated, unchanged) = import.Write();
                return import.Report(stdout, updated, unchanged);
            }));
            return command;
        }

        // msgctxt first; translate-toolkit's round trips keep only the #: reference.
        private static string? KeyOf(PoEntry entry, TranslationImport import)
        {
            if (entry.Context is not null && import.TryGetMessage(entry.Context, out _))
                return entry.Context;
            foreach (string reference in entry.References)
            {
                if (import.TryGetMessage(reference, out _))
                    return reference;
            }

            return null;
        }

        private static string? HeaderField(PoEntry? header, string field)
        {
            if (header is null || header.Strings.Count == 0)
                return null;
            foreach (string line in header.Strings[0].Split('\n'))
            {
                int colon = line.IndexOf(':');
                if (colon > 0 && line.Substring(0, colon).Trim().Equals(field, StringComparison.OrdinalIgnoreCase))
                    return line.Substring(colon + 1).Trim();
            }

            return null;
        }

        private static List<PoEntry> Load(string path)
        {
            if (!File.Exists(path))
                throw new CliException($"{path}: no such file.");
            try
            {
                using var reader = new StreamReader(path, new UTF8Encoding(false, true));
                return PoReader.Read(path, reader);
            }
            catch (PoFormatException e)
            {
                throw new CliException(e.Message + " Nothing was imported.");
            }
            catch (DecoderFallbackException)
            {
                throw new CliException($"{path}: not UTF-8 (the toolkit writes and reads PO files as UTF-8). Nothing was imported.");
            }
        }
    }
}
