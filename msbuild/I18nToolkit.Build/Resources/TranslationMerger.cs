using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using I18nToolkit.Build.Catalog;
using I18nToolkit.Resx;

namespace I18nToolkit.Build.Resources
{
    /// <summary>
    /// Merges the messages in code into a translators' culture file without ever losing a translation:
    /// <list type="bullet">
    /// <item>a message new in code is added with an empty value, marked <c>[i18n untranslated]</c>, its English in the comment;</item>
    /// <item>an entry a translator filled in loses that marker and records the English it was made from (<c>[i18n source=…]</c>);</item>
    /// <item>when that English changes, the entry is marked <c>[i18n stale]</c> (a translator removes the marker after checking);</item>
    /// <item>an entry whose ID left the code is marked <c>[i18n obsolete]</c> and kept; if the ID comes back, the marker goes.</item>
    /// </list>
    /// Values are never written, entries never dropped or reordered; entries of other prefixes, translators' notes and
    /// anything else in the file stay as they are. Only comments change, and only when needed: a merge with nothing to
    /// do returns the file's text untouched.
    /// </summary>
    internal static class TranslationMerger
    {
        /// <summary>Merges <paramref name="messages"/> into the culture file text <paramref name="existing"/> (null: a new file).</summary>
        /// <exception cref="ResxFormatException">The file is not valid XML, has a DTD, a non-string entry or a duplicate key; nothing should be written.</exception>
        public static MergeResult Merge(string path, string? existing, IReadOnlyCollection<ExtractedMessage> messages, string prefix) =>
            Merge(Load(path, existing, prefix), messages, null);

        /// <summary>Reads a culture file (null: a new one) for merging: strings only, no DTD, no duplicates, or nothing at all.</summary>
        /// <exception cref="ResxFormatException">The file cannot be merged; nothing should be written.</exception>
        public static CultureDocument Load(string path, string? existing, string prefix)
        {
            if (existing is not null)
                ResxReader.Read(path, new StringReader(existing)); // refuse before touching anything

            XDocument document;
            try
            {
                document = ResxXml.ParseDocument(existing ?? "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n" + ResxText.Headers + "</root>\n");
            }
            catch (XmlException e)
            {
                throw new ResxFormatException(path, e.LineNumber, e.LinePosition, "The file is not valid XML: " + e.Message, e);
            }

            XElement root = document.Root!;
            if (root.Name.LocalName != "root")
                throw new ResxFormatException(path, ((IXmlLineInfo)root).LineNumber, ((IXmlLineInfo)root).LinePosition, $"The document element is <{root.Name.LocalName}>, not <root>.");
            return new CultureDocument(document, prefix, existing);
        }

        /// <summary>
        /// Merges into a loaded document, changing it in place. With <paramref name="changedIds"/>, only those IDs are
        /// looked at: the document must be the result of an earlier merge, untouched since, whose catalog differed from
        /// <paramref name="messages"/> only in those IDs (a merge is idempotent, so every other entry is already merged).
        /// </summary>
        public static MergeResult Merge(CultureDocument document, IReadOnlyCollection<ExtractedMessage> messages, ICollection<string>? changedIds)
        {
            var byId = new Dictionary<string, ExtractedMessage>(messages.Count, StringComparer.Ordinal);
            foreach (ExtractedMessage message in messages)
                byId[message.Id] = message;
            int translated = 0, adopted = 0, staled = 0, obsoleted = 0, revived = 0;
            bool changed = document.Text is null;
            int moved = 0;
            IReadOnlyList<string> earlier = changedIds is null ? AdoptEarlierPrefixes(document, byId, ref moved, ref obsoleted) : Array.Empty<string>();
            if (earlier.Count > 0)
                changed = true;

            IEnumerable<KeyValuePair<string, XElement>> entries = changedIds is null
                ? document.Entries.ToList()
                : changedIds.Where(document.Entries.ContainsKey).Select(id => new KeyValuePair<string, XElement>(id, document.Entries[id])).ToList();
            foreach (KeyValuePair<string, XElement> entry in entries)
            {
                XElement data = entry.Value;
                TranslationMarkers markers = TranslationMarkers.Parse((string?)data.Element("comment"));
                string value = (string?)data.Element("value") ?? string.Empty;
                TranslationMarkers updated = markers;

                if (byId.TryGetValue(entry.Key, out ExtractedMessage? message))
                {
                    string source = TranslationMarkers.HashSource(message.Text);
                    if (markers.Obsolete)
                    {
                        updated = updated.With(obsolete: false);
                        revived++;
                    }

                    if (value.Length == 0)
                    {
                        if (!markers.Untranslated)
                            updated = updated.With(untranslated: true);
                    }
                    else if (markers.Untranslated)
                    {
                        updated = updated.With(untranslated: false, sourceHash: source);
                        translated++;
                    }
                    else if (markers.SourceHash is null)
                    {
                        updated = updated.With(sourceHash: source);
                        adopted++;
                    }
                    else if (markers.SourceHash != source)
                    {
                        updated = updated.With(sourceHash: source, stale: true);
                        staled++;
                    }
                }
                else if (!markers.Obsolete)
                {
                    updated = updated.With(obsolete: true);
                    obsoleted++;
                }

                string before = markers.Format(), after = updated.Format();
                if (before != after)
                {
                    SetComment(data, after);
                    changed = true;
                }
            }

            int added = 0;
            IEnumerable<ExtractedMessage> candidates = changedIds is null ? messages : changedIds.Where(byId.ContainsKey).Select(id => byId[id]);
            foreach (ExtractedMessage message in candidates.Where(m => !document.Entries.ContainsKey(m.Id)).OrderBy(m => m.Id, StringComparer.Ordinal).ToList())
            {
                var markers = new TranslationMarkers(null, untranslated: true, obsolete: false, note: "English: " + message.Template);
                document.Entries[message.Id] = Append(document.Document.Root!, ResxText.Data(message.Definition.Id.ToResourceKey(document.Prefix), string.Empty, markers.Format()));
                added++;
                changed = true;
            }

            if (changed)
                document.Edited();
            return new MergeResult(document.Text!, changed, added, translated, adopted, staled, obsoleted, revived)
            {
                Moved = moved,
                EarlierPrefixes = earlier,
            };
        }

        /// <summary>
        /// A culture file belongs to one project. Entries under another prefix whose ID is a message in code were made
        /// under an earlier prefix (the assembly was renamed, or I18nPrefix set): every entry of such a prefix is moved to
        /// the current one (the key renamed, nothing else touched), so no translation is orphaned; an empty placeholder
        /// the current prefix already has gives way to it. One that would clash with a translated entry of the current
        /// prefix stays under its old key, marked obsolete. Returns the earlier prefixes found.
        /// </summary>
        private static IReadOnlyList<string> AdoptEarlierPrefixes(CultureDocument document, Dictionary<string, ExtractedMessage> byId, ref int moved, ref int obsoleted)
        {
            string keyStart = document.Prefix + "-";
            var byName = new Dictionary<string, XElement>(StringComparer.Ordinal);
            foreach (XElement element in document.Document.Root!.Elements("data"))
                byName[(string?)element.Attribute("name") ?? string.Empty] = element;
            var foreign = EarlierPrefixes.Entries(byName.Keys, document.Prefix, byId.ContainsKey, out IReadOnlyList<string> earlier);
            foreach (var (prefix, id, name) in foreign)
            {
                XElement data = byName[name];
                if (data.Parent is null || !string.Equals((string?)data.Attribute("name"), name, StringComparison.Ordinal))
                    continue; // already moved under another reading of its name
                if (document.Entries.TryGetValue(id, out XElement? current))
                {
                    if (!EarlierPrefixes.Moves((string?)current.Element("value")))
                    {
                        TranslationMarkers markers = TranslationMarkers.Parse((string?)data.Element("comment"));
                        if (!markers.Obsolete)
                        {
                            SetComment(data, markers.With(obsolete: true).Format());
                            obsoleted++;
                        }

                        continue;
                    }

                    Remove(current); // an empty placeholder made for the new prefix: the translation takes its place
                }

                data.SetAttributeValue("name", keyStart + id);
                document.Entries[id] = data;
                moved++;
            }

            return earlier;
        }

        private static void Remove(XElement data)
        {
            if (data.PreviousNode is XText { Value: var space } indent && string.IsNullOrWhiteSpace(space))
                indent.Remove();
            data.Remove();
        }

        /// <summary>
        /// Sets a translation (a translator's act, e.g. an XLIFF import): the entry's value and markers, or a new entry
        /// at the end. Returns false when the entry already held exactly that. <see cref="CultureDocument.Text"/> follows.
        /// </summary>
        public static bool SetTranslation(CultureDocument document, string id, string value, string comment)
        {
            if (document.Entries.TryGetValue(id, out XElement? data))
            {
                XElement? valueElement = data.Element("value");
                if (valueElement is not null && valueElement.Value == value && ((string?)data.Element("comment") ?? string.Empty) == comment)
                    return false;
                if (valueElement is null)
                    data.AddFirst(new XText("\n    "), valueElement = new XElement("value"));
                valueElement.Value = value;
                SetComment(data, comment);
            }
            else
            {
                document.Entries[id] = Append(document.Document.Root!, ResxText.Data(document.Prefix + "-" + id, value, comment));
            }

            document.Edited();
            return true;
        }

        private static void SetComment(XElement data, string comment)
        {
            XElement? element = data.Element("comment");
            if (element is not null)
            {
                element.Value = comment;
                return;
            }

            XElement? value = data.Element("value");
            element = new XElement("comment", comment);
            if (value is null)
                data.Add(new XText("\n    "), element, new XText("\n  "));
            else
                value.AddAfterSelf(new XText("\n    "), element);
        }

        /// <summary>Adds a <c>&lt;data&gt;</c> element at the end, in the file's layout.</summary>
        internal static XElement Append(XElement root, string dataXml)
        {
            XElement data = ResxXml.ParseElement(dataXml.Trim());
            // Keep the file's layout: the new entry goes before the whitespace that precedes </root>.
            if (root.LastNode is XText { Value: var tail } text && string.IsNullOrWhiteSpace(tail))
                text.AddBeforeSelf(new XText("\n  "), data);
            else
                root.Add(new XText("\n  "), data, new XText("\n"));
            return data;
        }
    }
}
