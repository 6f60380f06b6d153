using System;
using System.Collections.Generic;
using System.Xml.Linq;

namespace I18nToolkit.Build.Resources
{
    /// <summary>
    /// A culture file loaded for merging: the XML (whitespace kept), this prefix's entries by ID, and the file's text as
    /// last read or written. A warm build node keeps it between builds, so a build that changed a few messages merges
    /// only those instead of reading the file again.
    /// </summary>
    internal sealed class CultureDocument
    {
        private readonly CultureDocumentText _writer;
        private string? _text;
        private bool _edited;

        public CultureDocument(XDocument document, string prefix, string? text)
        {
            Document = document;
            Prefix = prefix;
            _text = text;
            _writer = new CultureDocumentText(document);
            string keyStart = prefix + "-";
            foreach (XElement data in document.Root!.Elements("data"))
            {
                string name = (string?)data.Attribute("name") ?? string.Empty;
                if (name.StartsWith(keyStart, StringComparison.Ordinal))
                    Entries[name.Substring(keyStart.Length)] = data; // other prefixes belong to other libraries
            }
        }

        public XDocument Document { get; }

        public string Prefix { get; }

        /// <summary>The entries of <see cref="Prefix"/>, by message ID.</summary>
        public Dictionary<string, XElement> Entries { get; } = new Dictionary<string, XElement>(StringComparer.Ordinal);

        /// <summary>
        /// The file's text matching <see cref="Document"/>; null for a file not yet written. After <see cref="Edited"/> it is
        /// written again on first use (once, however many entries an import set), re-serializing only the changed entries.
        /// </summary>
        public string? Text
        {
            get
            {
                if (_edited)
                {
                    _text = _writer.Write();
                    _edited = false;
                }

                return _text;
            }

            set
            {
                _text = value;
                _edited = false;
            }
        }

        /// <summary>Says that <see cref="Document"/> was changed, so <see cref="Text"/> must follow.</summary>
        public void Edited() => _edited = true;

        /// <summary>The file as the last merge left it (text, bytes, size and write time), so a warm node need not read it again.</summary>
        public IO.KnownContent? Known { get; set; }

        /// <summary>The message texts (by ID) this document was last merged with, for finding what changed since.</summary>
        public Dictionary<string, string>? MergedTexts { get; set; }
    }
}
