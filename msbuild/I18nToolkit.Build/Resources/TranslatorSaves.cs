using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using I18nToolkit.Resx;

namespace I18nToolkit.Build.Resources
{
    /// <summary>
    /// Reconciles translators' saves of one culture file that raced a merge (see <see cref="IO.GuardedFile"/>). A save's
    /// own edits are the entries whose value or comment differ from the file it replaced, and the entries it added. A
    /// merge never changes a value, so a text that still holds the value a save replaced simply lacks that save's edit
    /// (its editor reloaded the file in between): the edit is applied. A text holding a third value was edited again
    /// later, and keeps it.
    /// </summary>
    internal static class TranslatorSaves
    {
        public static string Reapply(string text, IReadOnlyList<(string Save, string Replaced)> saves)
        {
            XDocument? document = null;
            Dictionary<string, XElement>? elements = null;
            foreach (var (save, replaced) in saves)
            {
                var before = Entries(replaced);
                foreach (ResxEntry entry in ResxReader.Read("(save)", new StringReader(save)))
                {
                    before.TryGetValue(entry.Name, out ResxEntry? old);
                    if (old is not null && old.Value == entry.Value && (old.Comment ?? string.Empty) == (entry.Comment ?? string.Empty))
                        continue; // not an edit of this save

                    if (document is null)
                    {
                        document = ResxXml.ParseDocument(text);
                        elements = document.Root!.Elements("data").GroupBy(d => (string?)d.Attribute("name") ?? string.Empty)
                            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
                    }

                    if (!elements!.TryGetValue(entry.Name, out XElement? data))
                    {
                        if (old is null) // added by the save: add it again
                            elements[entry.Name] = TranslationMerger.Append(document.Root!, ResxText.Data(entry.Name, entry.Value, entry.Comment));
                        continue;
                    }

                    if (old is not null && entry.Value != old.Value && ((string?)data.Element("value") ?? string.Empty) == old.Value)
                        Set(data, "value", entry.Value);
                    if (old is not null && (entry.Comment ?? string.Empty) != (old.Comment ?? string.Empty) && ((string?)data.Element("comment") ?? string.Empty) == (old.Comment ?? string.Empty))
                        Set(data, "comment", entry.Comment ?? string.Empty);
                }
            }

            return document is null ? text : CultureDocumentText.Whole(document);
        }

        private static Dictionary<string, ResxEntry> Entries(string text)
        {
            var entries = new Dictionary<string, ResxEntry>(StringComparer.Ordinal);
            foreach (ResxEntry entry in ResxReader.Read("(replaced)", new StringReader(text)))
                entries[entry.Name] = entry;
            return entries;
        }

        private static void Set(XElement data, string name, string value)
        {
            XElement? element = data.Element(name);
            if (element is null)
                data.Add(new XText("\n    "), element = new XElement(name), new XText("\n  "));
            element.Value = value;
        }
    }
}
