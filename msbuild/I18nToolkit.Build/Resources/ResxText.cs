using System.Text;

namespace I18nToolkit.Build.Resources
{
    /// <summary>The fixed parts of the .resx files the toolkit writes, and XML text escaping with fixed line endings.</summary>
    internal static class ResxText
    {
        public const string Headers =
            "  <resheader name=\"resmimetype\">\n    <value>text/microsoft-resx</value>\n  </resheader>\n" +
            "  <resheader name=\"version\">\n    <value>2.0</value>\n  </resheader>\n" +
            "  <resheader name=\"reader\">\n    <value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value>\n  </resheader>\n" +
            "  <resheader name=\"writer\">\n    <value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value>\n  </resheader>\n";

        /// <summary>Escapes text for XML element content; control characters other than tab and line feed become character references.</summary>
        public static string Escape(string text)
        {
            var escaped = new StringBuilder(text.Length + 16);
            foreach (char c in text)
            {
                switch (c)
                {
                    case '&': escaped.Append("&amp;"); break;
                    case '<': escaped.Append("&lt;"); break;
                    case '>': escaped.Append("&gt;"); break;
                    case '\r': escaped.Append("&#xD;"); break;
                    default:
                        if (c < 0x20 && c != '\t' && c != '\n')
                            escaped.Append("&#x").Append(((int)c).ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append(';');
                        else
                            escaped.Append(c);
                        break;
                }
            }

            return escaped.ToString();
        }

        /// <summary>One <c>&lt;data&gt;</c> element, two-space indented, <c>\n</c> line endings.</summary>
        public static string Data(string name, string value, string? comment)
        {
            var text = new StringBuilder();
            text.Append("  <data name=\"").Append(Escape(name).Replace("\"", "&quot;")).Append("\" xml:space=\"preserve\">\n");
            text.Append("    <value>").Append(Escape(value)).Append("</value>\n");
            if (!string.IsNullOrEmpty(comment))
                text.Append("    <comment>").Append(Escape(comment!)).Append("</comment>\n");
            text.Append("  </data>\n");
            return text.ToString();
        }
    }
}
