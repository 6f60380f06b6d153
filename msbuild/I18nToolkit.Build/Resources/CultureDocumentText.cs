using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace I18nToolkit.Build.Resources
{
    /// <summary>
    /// Writes a culture document the way the merge always has (the XML declaration, then each top-level node on a line
    /// of its own), keeping the text of each of the root's children between writes: after a merge that touched a few
    /// entries only those are serialized again, not the whole file (6,000 entries are about 1 MB of XML). Edits are
    /// noticed through LINQ to XML's change events, so no caller has to say what it changed.
    /// </summary>
    internal sealed class CultureDocumentText
    {
        private readonly XDocument _document;
        private readonly Dictionary<XNode, string> _children = new Dictionary<XNode, string>();
        private XElement? _root;
        private int _lastLength = 4096;

        public CultureDocumentText(XDocument document)
        {
            _document = document;
            _root = document.Root;

            // Before a change a node being removed is still attached; after it a node being added is: between the two
            // events every edit is seen on a node whose entry can be found.
            document.Changing += (sender, _) => Forget(sender);
            document.Changed += (sender, _) => Forget(sender);
        }

        /// <summary>The document's text; identical to <see cref="Whole"/>.</summary>
        public string Write()
        {
            XElement? root = _document.Root;
            if (!ReferenceEquals(root, _root))
            {
                _children.Clear(); // a new document element: nothing kept applies
                _root = root;
            }

            var text = new StringBuilder(_lastLength + 1024);
            text.Append(Declaration);
            foreach (XNode node in _document.Nodes())
            {
                if (node is XText whitespace && string.IsNullOrWhiteSpace(whitespace.Value))
                    continue;
                if (ReferenceEquals(node, root) && CanWriteByChild(root!))
                    AppendRoot(text, root!);
                else
                    text.Append(ResxXml.ToText(node));
                text.Append('\n');
            }

            _lastLength = text.Length;
            return text.ToString();
        }

        /// <summary>The document written in one piece, as the merge always has. The reference <see cref="Write"/> matches.</summary>
        public static string Whole(XDocument document)
        {
            // XDocument keeps whitespace inside elements but not between top-level nodes: write those one per line.
            var text = new StringBuilder(Declaration);
            foreach (XNode node in document.Nodes())
            {
                if (node is XText whitespace && string.IsNullOrWhiteSpace(whitespace.Value))
                    continue;
                text.Append(ResxXml.ToText(node)).Append('\n');
            }

            return text.ToString();
        }

        private const string Declaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";

        /// <summary>
        /// Children serialize alone exactly as inside the root when the root declares nothing they could depend on (no
        /// attributes, so no namespace declarations; no namespace of its own) and is not written as an empty tag.
        /// </summary>
        private static bool CanWriteByChild(XElement root) => !root.HasAttributes && root.Name.Namespace == XNamespace.None && !root.IsEmpty;

        private void AppendRoot(StringBuilder text, XElement root)
        {
            int missing = 0;
            foreach (XNode child in root.Nodes())
            {
                if (!_children.ContainsKey(child))
                    missing++;
            }

            if (missing > 8)
                WriteMissing(root); // e.g. the first write: one writer for all, not one per entry

            text.Append('<').Append(root.Name.LocalName).Append('>');
            foreach (XNode child in root.Nodes())
            {
                if (!_children.TryGetValue(child, out string? fragment))
                    _children[child] = fragment = ResxXml.ToText(child);
                text.Append(fragment);
            }

            text.Append("</").Append(root.Name.LocalName).Append('>');
        }

        /// <summary>Serializes the children not kept yet through one writer set up as <see cref="ResxXml.ToText"/> sets up its own.</summary>
        private void WriteMissing(XElement root)
        {
            var buffer = new StringBuilder(_lastLength + 1024);
            XmlWriterSettings settings = ResxXml.FragmentWriterSettings();
            using var writer = XmlWriter.Create(new StringWriter(buffer, CultureInfo.InvariantCulture), settings);
            foreach (XNode child in root.Nodes())
            {
                if (_children.ContainsKey(child))
                    continue;
                int start = buffer.Length;
                child.WriteTo(writer);
                writer.Flush();
                _children[child] = buffer.ToString(start, buffer.Length - start);
            }
        }

        /// <summary>Drops the kept text of the root's child that holds <paramref name="sender"/> (an element, text, attribute…).</summary>
        private void Forget(object? sender)
        {
            for (XObject? node = sender as XObject; node is not null; node = node.Parent)
            {
                if (node.Parent is not null && ReferenceEquals(node.Parent, _root))
                {
                    if (node is XNode child)
                        _children.Remove(child);
                    return; // an attribute of the root itself: written anew each time anyway
                }
            }
        }
    }
}
