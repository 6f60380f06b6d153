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

        /// <summary>Escapes text for XML element content; control characters other than tab and line feed (and the noncharacters U+FFFE, U+FFFF) become character references, which the .resx readers of MSBuild and .NET accept (see <see cref="ResxXml"/>).</summary>
        public static string Escape(string text) => AppendEscaped(new StringBuilder(text.Length + 16), text, attribute: false).ToString();

        private static StringBuilder AppendEscaped(StringBuilder escaped, string text, bool attribute)
        {
            int plain = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                string? replacement = c switch
                {
                    '&' => "&amp;",
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '"' when attribute => "&quot;",
                    '\r' => "&#xD;",
                    _ when (c < 0x20 && c != '\t' && c != '\n') || c == '\uFFFE' || c == '\uFFFF' => "&#x" + ((int)c).ToString("X", System.Globalization.CultureInfo.InvariantCulture) + ";",
                    _ => null,
                };
                if (replacement is null)
                    continue;
                escaped.Append(text, plain, i - plain).Append(replacement);
                plain = i + 1;
            }

            return escaped.Append(text, plain, text.Length - plain);
        }

        /// <summary>One <c>&lt;data&gt;</c> element, two-space indented, <c>\n</c> line endings.</summary>
        public static string Data(string name, string value, string? comment) => AppendData(new StringBuilder(), name, value, comment).ToString();

        /// <summary>Appends one <c>&lt;data&gt;</c> element (see <see cref="Data"/>).</summary>
        public static StringBuilder AppendData(StringBuilder text, string name, string value, string? comment)
        {
            AppendEscaped(text.Append("  <data name=\""), name, attribute: true).Append("\" xml:space=\"preserve\">\n");
            AppendEscaped(text.Append("    <value>"), value, attribute: false).Append("</value>\n");
            if (!string.IsNullOrEmpty(comment))
                AppendEscaped(text.Append("    <comment>"), comment!, attribute: false).Append("</comment>\n");
            return text.Append("  </data>\n");
        }
    }
}
