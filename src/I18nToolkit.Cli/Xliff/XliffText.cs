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

        /// <summary>The XLIFF 1.2 namespace (translate-toolkit writes 1.1's, which import reads too).</summary>
        public static readonly XNamespace Ns12 = "urn:oasis:names:tc:xliff:document:1.2";

        public static readonly XNamespace Ns11 = "urn:oasis:names:tc:xliff:document:1.1";

        /// <summary>
        /// Inline content for a template; placeholders are numbered by the source's holes (a target reuses them by name;
        /// a name's second use is <c>1-2</c>, as ids are unique in a unit). Plural and select syntax stays text (the
        /// translator translates each branch); only holes are placeholders. XLIFF 2.0 writes
        /// <c>&lt;ph id="1" disp="{P}" equiv="{P}"/&gt;</c>, XLIFF 1.2 <c>&lt;ph id="1"&gt;{P}&lt;/ph&gt;</c> (its native code).
        /// </summary>
        public static IEnumerable<object> ToInline(string templateText, IReadOnlyList<string> sourceHoleNames, bool xliff12 = false)
        {
            MessageTemplate template = MessageTemplate.Parse(templateText);
            XNamespace ns = xliff12 ? Ns12 : Ns;
            var nodes = new List<object>();
            var uses = new Dictionary<string, int>(StringComparer.Ordinal);
            int at = 0, extra = 0;
            foreach (MessageHole hole in template.Holes)
            {
                if (hole.Choice is not null)
                    continue;
                if (hole.Position > at)
                    AddText(nodes, templateText.Substring(at, hole.Position - at), xliff12);
                int index = IndexOf(sourceHoleNames, hole.Name);
                string id = index >= 0 ? (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "x" + (++extra).ToString(System.Globalization.CultureInfo.InvariantCulture);
                uses[id] = uses.TryGetValue(id, out int used) ? used + 1 : 1;
                if (uses[id] > 1)
                    id += "-" + uses[id].ToString(System.Globalization.CultureInfo.InvariantCulture);
                nodes.Add(xliff12
                    ? new XElement(ns + "ph", new XAttribute("id", id), hole.RawText)
                    : new XElement(ns + "ph", new XAttribute("id", id), new XAttribute("disp", hole.RawText), new XAttribute("equiv", hole.RawText)));
                at = hole.Position + hole.RawText.Length;
            }

            if (at < templateText.Length)
                AddText(nodes, templateText.Substring(at), xliff12);
            return nodes;
        }

        /// <summary>
        /// Text as inline content: a character XML cannot hold (a control character other than tab and line breaks,
        /// U+FFFE, U+FFFF) becomes XLIFF 2.0's <c>&lt;cp hex="0007"/&gt;</c>, so it survives the round trip.
        /// </summary>
        public static void AddText(List<object> nodes, string text, bool xliff12 = false)
        {
            int plain = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (!IsXmlUnfit(c))
                    continue;
                if (i > plain)
                    nodes.Add(new XText(text.Substring(plain, i - plain)));
                string hex = ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
                // XLIFF 1.2 has no <cp>: an empty placeholder that names the character.
                nodes.Add(xliff12
                    ? new XElement(Ns12 + "x", new XAttribute("id", "cp-" + hex), new XAttribute("ctype", "x-i18n-char"))
                    : new XElement(Ns + "cp", new XAttribute("hex", hex)));
                plain = i + 1;
            }

            if (plain < text.Length)
                nodes.Add(new XText(plain == 0 ? text : text.Substring(plain)));
        }

        /// <summary>Plain text as inline content (see <see cref="AddText"/>).</summary>
        public static List<object> Text(string text, bool xliff12 = false)
        {
            var nodes = new List<object>();
            AddText(nodes, text, xliff12);
            return nodes;
        }

        /// <summary>The document element, indented, with line breaks inside text kept exactly (<c>\r</c> as <c>&amp;#xD;</c>) on every platform.</summary>
        public static string Serialize(XElement root)
        {
            var text = new System.Text.StringBuilder();
            var settings = new System.Xml.XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, IndentChars = "  ", NewLineChars = "\n", NewLineHandling = System.Xml.NewLineHandling.Entitize };
            using (var writer = System.Xml.XmlWriter.Create(new System.IO.StringWriter(text, System.Globalization.CultureInfo.InvariantCulture), settings))
                root.WriteTo(writer);
            return text.ToString();
        }

        private static bool IsXmlUnfit(char c) => (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF';

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
                        // 2.0: the equiv attribute; 1.2: the element holds the native code.
                        text.Append((string?)ph.Attribute("equiv") ?? (string?)ph.Attribute("disp") ?? ph.Value);
                        break;
                    case XElement { Name.LocalName: "x" } x when (string?)x.Attribute("ctype") == "x-i18n-char"
                        && ((string?)x.Attribute("id"))?.StartsWith("cp-", StringComparison.Ordinal) == true
                        && int.TryParse(((string)x.Attribute("id")!).Substring(3), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out int character) && character is >= 0 and <= 0xFFFF:
                        text.Append((char)character);
                        break;
                    case XElement { Name.LocalName: "x" } x:
                        text.Append((string?)x.Attribute("equiv-text") ?? string.Empty);
                        break;
                    case XElement { Name.LocalName: "cp" } cp when int.TryParse((string?)cp.Attribute("hex"), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out int code) && code is >= 0 and <= 0x10FFFF:
                        text.Append(char.ConvertFromUtf32(code));
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
