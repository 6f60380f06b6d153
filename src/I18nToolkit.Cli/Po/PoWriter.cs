using System.Collections.Generic;
using System.Text;

namespace I18nToolkit.Cli.Po
{
    /// <summary>Writes PO entries as GNU gettext does: C escapes, a string with line breaks continued after each <c>\n</c>.</summary>
    internal static class PoWriter
    {
        public static string Write(IEnumerable<PoEntry> entries)
        {
            var text = new StringBuilder();
            bool first = true;
            foreach (PoEntry entry in entries)
            {
                if (!first)
                    text.Append('\n');
                first = false;
                foreach (string comment in entry.TranslatorComments)
                    text.Append("# ").Append(comment).Append('\n');
                foreach (string comment in entry.ExtractedComments)
                    text.Append("#. ").Append(comment).Append('\n');
                foreach (string reference in entry.References)
                    text.Append("#: ").Append(reference).Append('\n');
                if (entry.Flags.Count > 0)
                    text.Append("#, ").Append(string.Join(", ", entry.Flags)).Append('\n');
                if (entry.Context is not null)
                    AppendField(text, "msgctxt", entry.Context);
                AppendField(text, "msgid", entry.Id);
                if (entry.IdPlural is not null)
                {
                    AppendField(text, "msgid_plural", entry.IdPlural);
                    for (int i = 0; i < entry.Strings.Count; i++)
                        AppendField(text, "msgstr[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", entry.Strings[i]);
                }
                else
                {
                    AppendField(text, "msgstr", entry.Strings.Count > 0 ? entry.Strings[0] : string.Empty);
                }
            }

            return text.ToString();
        }

        private static void AppendField(StringBuilder text, string keyword, string value)
        {
            text.Append(keyword).Append(' ');
            int newline = value.IndexOf('\n');
            if (newline < 0 || newline == value.Length - 1)
            {
                AppendString(text, value);
                text.Append('\n');
                return;
            }

            // Like gettext: "" and then one line per "\n".
            text.Append("\"\"\n");
            int start = 0;
            while (start < value.Length)
            {
                int end = value.IndexOf('\n', start);
                end = end < 0 ? value.Length : end + 1;
                AppendString(text, value.Substring(start, end - start));
                text.Append('\n');
                start = end;
            }
        }

        private static void AppendString(StringBuilder text, string value)
        {
            text.Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': text.Append("\\\""); break;
                    case '\\': text.Append("\\\\"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    case '\t': text.Append("\\t"); break;
                    case '\a': text.Append("\\a"); break;
                    case '\b': text.Append("\\b"); break;
                    case '\f': text.Append("\\f"); break;
                    case '\v': text.Append("\\v"); break;
                    default:
                        if (c < ' ' || c == '\u007F')
                            text.Append('\\').Append(System.Convert.ToString(c, 8).PadLeft(3, '0'));
                        else
                            text.Append(c);
                        break;
                }
            }

            text.Append('"');
        }
    }
}
