using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using I18nToolkit.Grammar;

namespace I18nToolkit.Cli.Xliff
{
    /// <summary>
    /// Templates to XLIFF 2.0 inline content and back: each hole becomes a placeholder
    /// (<c>&lt;ph id="1" disp="{Pattern}" equiv="{Pattern}"/&gt;</c>) that translation tools protect, so translators move
    /// holes but cannot mistype them; on the way back each placeholder becomes its <c>equiv</c> text again.
    /// </summary>
    internal static class XliffText
    {
        public static readonly XNamespace Ns = "urn:oasis:names:tc:xliff:document:2.0";

        /// <summary>Inline content for a template; placeholders are numbered by the source's holes (a target reuses them by name).</summary>
        public static IEnumerable<object> ToInline(string templateText, IReadOnlyList<string> sourceHoleNames)
        {
            MessageTemplate template = MessageTemplate.Parse(templateText);
            var nodes = new List<object>();
            int at = 0, extra = 0;
            foreach (MessageHole hole in template.Holes)
            {
                if (hole.Position > at)
                    nodes.Add(new XText(templateText.Substring(at, hole.Position - at)));
                int index = IndexOf(sourceHoleNames, hole.Name);
                string id = index >= 0 ? (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "x" + (++extra).ToString(System.Globalization.CultureInfo.InvariantCulture);
                nodes.Add(new XElement(Ns + "ph", new XAttribute("id", id), new XAttribute("disp", hole.RawText), new XAttribute("equiv", hole.RawText)));
                at = hole.Position + hole.RawText.Length;
            }

            if (at < templateText.Length)
                nodes.Add(new XText(templateText.Substring(at)));
            return nodes;
        }

        /// <summary>The template text of inline content: text as written, each placeholder as its <c>equiv</c> (else <c>disp</c>).</summary>
        public static string FromInline(XElement element)
        {
            var text = new System.Text.StringBuilder();
            foreach (XNode node in element.Nodes())
            {
                switch (node)
                {
                    case XText plain:
                        text.Append(plain.Value);
                        break;
                    case XElement { Name.LocalName: "ph" } ph:
                        text.Append((string?)ph.Attribute("equiv") ?? (string?)ph.Attribute("disp") ?? string.Empty);
                        break;
                    case XElement other:
                        text.Append(FromInline(other)); // pc/mrk wrap text: keep the text
                        break;
                }
            }

            return text.ToString();
        }

        private static int IndexOf(IReadOnlyList<string> names, string name)
        {
            for (int i = 0; i < names.Count; i++)
            {
                if (names[i] == name)
                    return i;
            }

            return -1;
        }
    }
}
