using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using I18nToolkit.Build.Catalog;
using I18nToolkit.Build.Resources;
using I18nToolkit.Resx;

namespace I18nToolkit.Cli.Translations
{
    /// <summary>
    /// One culture file measured against the messages in code: its entries (the strings-only reader the build uses),
    /// and every missing, stale, obsolete or hole-mismatched entry, as the next build's merge and the run time would see them.
    /// </summary>
    internal sealed class CultureState
    {
        private CultureState(string culture, string path, IReadOnlyDictionary<string, ResxEntry> entries, List<TranslationFinding> findings, int translated)
        {
            Culture = culture;
            Path = path;
            Entries = entries;
            Findings = findings;
            Translated = translated;
        }

        public string Culture { get; }

        public string Path { get; }

        public IReadOnlyDictionary<string, ResxEntry> Entries { get; }

        public IReadOnlyList<TranslationFinding> Findings { get; }

        /// <summary>Messages with a usable, current translation.</summary>
        public int Translated { get; }

        /// <exception cref="ResxFormatException">The file cannot be read.</exception>
        public static CultureState Read(string culture, string path, IReadOnlyList<ExtractedMessage> messages, string prefix)
        {
            var entries = new Dictionary<string, ResxEntry>(StringComparer.Ordinal);
            if (File.Exists(path))
            {
                using var reader = new StreamReader(path);
                foreach (ResxEntry entry in ResxReader.Read(path, reader))
                    entries[entry.Name] = entry;
            }

            var findings = new List<TranslationFinding>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            int translated = 0;

            // Entries under an earlier prefix are this project's (renamed assembly, I18nPrefix set): the next merge moves
            // them to the current prefix, so they are read as if it had; one that would clash stays, obsolete.
            var ids = new HashSet<string>(messages.Select(m => m.Id), StringComparer.Ordinal);
            var foreign = EarlierPrefixes.Entries(entries.Keys.ToList(), prefix, ids.Contains, out IReadOnlyList<string> earlierPrefixes);
            var earlier = new HashSet<string>(earlierPrefixes, StringComparer.Ordinal);
            var moving = new Dictionary<string, ResxEntry>(StringComparer.Ordinal);
            foreach (var split in foreign)
            {
                string current = prefix + "-" + split.Id;
                if (EarlierPrefixes.Moves(entries.TryGetValue(current, out ResxEntry? existing) ? existing.Value : null))
                {
                    moving[current] = entries[split.Name];
                    findings.Add(new TranslationFinding(TranslationIssue.Moved, split.Name, entries[split.Name].Line, $"under the earlier prefix '{split.Prefix}'; the next build (or i18n extract) moves it to {current}"));
                }
                else
                {
                    keys.Add(split.Name);
                    findings.Add(new TranslationFinding(TranslationIssue.Obsolete, split.Name, entries[split.Name].Line, $"under the earlier prefix '{split.Prefix}', and {current} is translated"));
                }
            }

            foreach (var move in moving)
            {
                keys.Add(move.Value.Name);
                entries[move.Key] = move.Value;
            }

            foreach (ExtractedMessage message in messages)
            {
                string key = message.Definition.Id.ToResourceKey(prefix);
                keys.Add(key);
                entries.TryGetValue(key, out ResxEntry? entry);
                TranslationReview review = TranslationReview.Of(entry?.Value, entry?.Comment, message.Definition, culture);
                switch (review.Status)
                {
                    case TranslationStatus.Missing:
                        findings.Add(new TranslationFinding(TranslationIssue.Missing, key, entry?.Line ?? 0, "English: " + message.Template));
                        break;
                    case TranslationStatus.Stale:
                        findings.Add(new TranslationFinding(TranslationIssue.Stale, key, entry!.Line, "English now: " + message.Template));
                        break;
                    case TranslationStatus.Unusable:
                        findings.Add(new TranslationFinding(
                            review.Check.Verdict == Grammar.Translations.TranslationVerdict.ChoicesDiffer ? TranslationIssue.Plurals : TranslationIssue.Holes,
                            key, entry!.Line, review.Check.Problem!));
                        break;
                    default:
                        translated++;
                        break;
                }
            }

            foreach (ResxEntry entry in entries.Values.Distinct().Where(e => (e.Name.StartsWith(prefix + "-", StringComparison.Ordinal) || EarlierPrefixes.Splits(e.Name, prefix).Any(x => earlier.Contains(x.Prefix))) && !keys.Contains(e.Name)).OrderBy(e => e.Line))
                findings.Add(new TranslationFinding(TranslationIssue.Obsolete, entry.Name, entry.Line, "no longer in code"));
            return new CultureState(culture, path, entries, findings, translated);
        }
    }
}
