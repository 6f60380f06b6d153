using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using I18nToolkit.Build.Catalog;
using I18nToolkit.Build.IO;
using I18nToolkit.Build.Resources;
using I18nToolkit.Cli.Logs.Formatting;
using I18nToolkit.Grammar.Plurals;
using I18nToolkit.Grammar.Translations;
using I18nToolkit.Resx;

namespace I18nToolkit.Cli.Translations
{
    /// <summary>
    /// What every import of translators' work does, whatever the format (XLIFF 1.2 or 2.0, gettext PO): each unit is held
    /// to the code (its ID must be a message, its text the translation rules, its plurals the culture's categories);
    /// refused units are reported with their place and change nothing; a unit without a translation keeps what the
    /// file has; the accepted ones are merged into the culture file once, atomically, never over a translator's save
    /// made meanwhile.
    /// </summary>
    internal sealed class TranslationImport
    {
        private readonly ProjectTranslations _translations;
        private readonly Dictionary<string, ExtractedMessage> _messages;
        private readonly List<(ExtractedMessage Message, string Text, bool Reviewed)> _accepted = new List<(ExtractedMessage, string, bool)>();
        private readonly TextWriter _error;

        public TranslationImport(ProjectTranslations translations, string culture, TextWriter error)
        {
            _translations = translations;
            _error = error;
            Culture = culture;
            _messages = translations.Messages.ToDictionary(m => m.Definition.Id.ToResourceKey(translations.Settings.Prefix), StringComparer.Ordinal);
        }

        public string Culture { get; }

        public int Skipped { get; private set; }

        public int Refused { get; private set; }

        public bool TryGetMessage(string key, out ExtractedMessage message) => _messages.TryGetValue(key, out message!);

        /// <summary>Refuses a unit for a reason of the format's own (<paramref name="place"/> is "file(line)").</summary>
        public void Refuse(string place, string key, string reason)
        {
            _error.WriteLine($"{place}: unit '{SafeText.Quote(key)}' refused: {reason}");
            Refused++;
        }

        /// <summary>A unit without a translation: the culture file keeps what it has.</summary>
        public void Skip() => Skipped++;

        /// <summary>Holds one unit's translation to the rules; accepted units are written by <see cref="Write"/>.</summary>
        /// <param name="place">Where the unit is, "file(line)", for the refusal.</param>
        /// <param name="key">The unit's resource key.</param>
        /// <param name="text">The translation.</param>
        /// <param name="reviewed">False when the translator's tool still marks it for review (fuzzy, needs-review).</param>
        public void Add(string place, string key, string text, bool reviewed)
        {
            if (!_messages.TryGetValue(key, out ExtractedMessage? message))
            {
                Refuse(place, key, "no such message in code.");
                return;
            }

            if (text.Length == 0)
            {
                Skip();
                return;
            }

            TranslationCheck check = TranslationRules.Check(text, message.Id, message.Definition.Template, Culture);
            if (!check.IsUsable)
            {
                Refuse(place, key, (check.Verdict == TranslationVerdict.Malformed ? "the translation does not parse: " : string.Empty) + SafeText.Quote(check.Problem ?? string.Empty, 400));
                return;
            }

            _accepted.Add((message, text, reviewed));
        }

        /// <summary>
        /// A plural's forms as gettext and translate-toolkit's plural groups carry them, one per CLDR category of the
        /// culture in order: all filled in, for a message whose English is still a plain plural, become one plural.
        /// </summary>
        public void AddPlural(string place, string key, IReadOnlyList<string> forms, bool reviewed)
        {
            if (!_messages.TryGetValue(key, out ExtractedMessage? message))
            {
                Refuse(place, key, "no such message in code.");
                return;
            }

            if (forms.All(f => f.Length == 0))
            {
                Skip();
                return;
            }

            if (!PluralForms.TrySplit(message.Definition.Template, out string argument, out _))
            {
                Refuse(place, key, "the message in code is no longer a plain plural; export again.");
                return;
            }

            IReadOnlyList<PluralCategory> categories = PluralRules.For(Culture, PluralRuleType.Cardinal).Categories;
            if (forms.Count != categories.Count || forms.Any(f => f.Length == 0))
            {
                Refuse(place, key, $"a plural for {Culture} has {categories.Count} forms, all filled in ({string.Join(", ", categories.Select(PluralCategories.Name))}); found {forms.Count(f => f.Length > 0)} of {forms.Count}.");
                return;
            }

            Add(place, key, PluralForms.Join(argument, categories, forms), reviewed);
        }

        /// <summary>Merges the accepted units into the culture file; returns how many entries changed and how many were already so.</summary>
        /// <exception cref="CliException">The culture file cannot be read or written; nothing was imported.</exception>
        public (int Updated, int Unchanged) Write()
        {
            string culturePath = _translations.CultureFile(Culture);
            int updated = 0, unchanged = 0;
            try
            {
                GuardedFile.Update(culturePath, existing =>
                {
                    CultureDocument document = TranslationMerger.Load(culturePath, existing, _translations.Settings.Prefix);
                    updated = unchanged = 0;
                    foreach (var (message, text, reviewed) in _accepted)
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

            return (updated, unchanged);
        }

        /// <summary>The summary line every import prints, and its exit code.</summary>
        public int Report(TextWriter stdout, int updated, int unchanged)
        {
            stdout.WriteLine($"{Path.GetRelativePath(_translations.Settings.Directory, _translations.CultureFile(Culture))}: {updated} updated, {unchanged} unchanged, {Skipped} without a target (kept), {Refused} refused.");
            return Refused > 0 ? ExitCodes.Problems : ExitCodes.Success;
        }
    }
}
