using System;
using System.Globalization;
using System.IO;

namespace I18nToolkit.Logging.Clef
{
    /// <summary>Just enough JSON writing for log lines, without a dependency (netstandard2.0 has no System.Text.Json).</summary>
    internal static class JsonText
    {
        public static void WriteString(TextWriter output, string text)
        {
            output.Write('"');
            int plain = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029')
                    continue;
                output.Write(text.Substring(plain, i - plain));
                switch (c)
                {
                    case '"': output.Write("\\\""); break;
                    case '\\': output.Write("\\\\"); break;
                    case '\n': output.Write("\\n"); break;
                    case '\r': output.Write("\\r"); break;
                    case '\t': output.Write("\\t"); break;
                    default: output.Write("\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                }

                plain = i + 1;
            }

            output.Write(text.Substring(plain));
            output.Write('"');
        }

        /// <summary>A property value: numbers and booleans as JSON, times as ISO 8601 text, null as null, the rest as text.</summary>
        public static void WriteValue(TextWriter output, object? value)
        {
            switch (value)
            {
                case null:
                    output.Write("null");
                    break;
                case bool b:
                    output.Write(b ? "true" : "false");
                    break;
                case byte or sbyte or short or ushort or int or uint or long or ulong:
                    output.Write(Convert.ToString(value, CultureInfo.InvariantCulture));
                    break;
                case float f when !float.IsNaN(f) && !float.IsInfinity(f):
                    output.Write(f.ToString("R", CultureInfo.InvariantCulture));
                    break;
                case double d when !double.IsNaN(d) && !double.IsInfinity(d):
                    output.Write(d.ToString("R", CultureInfo.InvariantCulture));
                    break;
                case decimal m:
                    output.Write(m.ToString(CultureInfo.InvariantCulture));
                    break;
                case DateTimeOffset time:
                    WriteString(output, time.ToString("o", CultureInfo.InvariantCulture));
                    break;
                case DateTime time:
                    WriteString(output, time.ToString("o", CultureInfo.InvariantCulture));
                    break;
                case IFormattable formattable:
                    WriteString(output, formattable.ToString(null, CultureInfo.InvariantCulture));
                    break;
                default:
                    WriteString(output, value.ToString() ?? string.Empty);
                    break;
            }
        }
    }
}
