using System.IO;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace I18nToolkit.Build.Resources
{
    /// <summary>
    /// The one way the toolkit's <c>.resx</c> XML is read into and written from LINQ to XML. Control characters other
    /// than tab and line breaks can only be written as character references (<c>&amp;#x7;</c>), which XML 1.0 forbids but
    /// the .resx readers of MSBuild and .NET accept: they are read and written back that way, never refused or lost.
    /// Line breaks are kept exactly (<c>\r</c> as <c>&amp;#xD;</c>), the same on every platform. DTDs are refused.
    /// </summary>
    internal static class ResxXml
    {
        private static readonly XmlReaderSettings ReaderSettings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            CheckCharacters = false,
        };

        private static readonly XmlReaderSettings FragmentReaderSettings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            CheckCharacters = false,
            ConformanceLevel = ConformanceLevel.Fragment,
        };

        /// <summary>The writer settings of every fragment: what <c>ToString(SaveOptions.DisableFormatting)</c> uses, with control characters allowed and line breaks kept as they are.</summary>
        public static XmlWriterSettings FragmentWriterSettings() => new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            ConformanceLevel = ConformanceLevel.Fragment,
            CheckCharacters = false,
            NewLineHandling = NewLineHandling.Entitize,
        };

        /// <exception cref="XmlException">The text is not well-formed XML, or has a DTD.</exception>
        public static XDocument ParseDocument(string text)
        {
            using var reader = XmlReader.Create(new StringReader(text), ReaderSettings);
            return XDocument.Load(reader, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);
        }

        /// <summary>One element written by the toolkit (<see cref="ResxText.Data"/>), whitespace kept.</summary>
        public static XElement ParseElement(string text)
        {
            using var reader = XmlReader.Create(new StringReader(text), FragmentReaderSettings);
            reader.MoveToContent();
            return (XElement)XNode.ReadFrom(reader);
        }

        /// <summary>A node as text, unindented (like <c>ToString(SaveOptions.DisableFormatting)</c>, which refuses control characters).</summary>
        public static string ToText(XNode node)
        {
            var text = new StringBuilder();
            using (var writer = XmlWriter.Create(new StringWriter(text, System.Globalization.CultureInfo.InvariantCulture), FragmentWriterSettings()))
                node.WriteTo(writer);
            return text.ToString();
        }
    }
}
