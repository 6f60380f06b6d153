using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;

namespace I18nToolkit.Resx
{
    /// <summary>
    /// Reads the string entries of a <c>.resx</c> file with <c>System.Xml</c>. Only strings are read: an entry that asks
    /// for a type or a serialized object is an error and is never deserialized; so are a DTD, malformed XML and a
    /// duplicate key. Errors name the file, line and column.
    /// </summary>
    internal static class ResxReader
    {
        public static IReadOnlyList<ResxEntry> Read(string path, TextReader text)
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                CloseInput = false,
                // Control characters other than tab and line breaks can only be written as character references,
                // which XML 1.0 forbids; the toolkit's writer escapes them that way, so read them back.
                CheckCharacters = false,
            };

            var entries = new List<ResxEntry>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            string content = text.ReadToEnd(); // .resx files are small; the text also locates errors XML leaves unplaced
            IXmlLineInfo? info = null;
            try
            {
                using XmlReader reader = XmlReader.Create(new StringReader(content), settings);
                info = (IXmlLineInfo)reader;
                while (reader.Read())
                {
                    if (reader.NodeType != XmlNodeType.Element || reader.Depth != 1 || reader.LocalName != "data")
                        continue;
                    int line = info.LineNumber, column = info.LinePosition;
                    string? name = reader.GetAttribute("name");
                    if (string.IsNullOrEmpty(name))
                        throw new ResxFormatException(path, line, column, "A <data> element has no name.");
                    if (reader.GetAttribute("type") is string type)
                        throw new ResxFormatException(path, line, column, $"Entry '{name}' has type '{type}'; only string entries are allowed.");
                    if (reader.GetAttribute("mimetype") is string mime)
                        throw new ResxFormatException(path, line, column, $"Entry '{name}' holds a serialized object ({mime}); only string entries are allowed.");
                    if (seen.TryGetValue(name!, out int firstLine))
                        throw new ResxFormatException(path, line, column, $"Entry '{name}' is defined twice (first on line {firstLine}).");
                    seen.Add(name!, line);

                    string value = string.Empty;
                    string? comment = null;
                    if (!reader.IsEmptyElement)
                    {
                        int depth = reader.Depth;
                        while (reader.Read() && reader.Depth > depth)
                        {
                            if (reader.NodeType != XmlNodeType.Element)
                                continue;
                            if (reader.LocalName == "value")
                                value = reader.ReadElementContentAsString();
                            else if (reader.LocalName == "comment")
                                comment = reader.ReadElementContentAsString();
                            if (reader.Depth <= depth)
                                break;
                        }
                    }

                    entries.Add(new ResxEntry(name!, value, comment, line, column));
                }
            }
            catch (XmlException e)
            {
                int line = e.LineNumber, column = e.LinePosition;
                if (line == 0)
                {
                    // A refused DTD comes without a position: point at the DOCTYPE, else where the reader stopped.
                    int doctype = content.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
                    if (doctype >= 0)
                    {
                        line = 1 + CountLineBreaks(content, doctype);
                        column = doctype - content.LastIndexOf('\n', Math.Max(0, doctype - 1)) ;
                    }
                    else
                    {
                        line = Math.Max(1, info?.LineNumber ?? 1);
                        column = Math.Max(1, info?.LinePosition ?? 1);
                    }
                }

                throw new ResxFormatException(path, line, column, "The file is not valid XML: " + e.Message, e);
            }

            return entries;
        }

        private static int CountLineBreaks(string text, int end)
        {
            int count = 0;
            for (int i = 0; i < end; i++)
            {
                if (text[i] == '\n')
                    count++;
            }

            return count;
        }
    }
}
