using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace I18nToolkit.Cli.Po
{
    /// <summary>
    /// Reads a PO file as GNU gettext writes and reads it: comments (<c>#</c>, <c>#.</c>, <c>#:</c>, <c>#,</c>,
    /// <c>#|</c>), <c>msgctxt</c>, <c>msgid</c>, <c>msgid_plural</c>, <c>msgstr</c> / <c>msgstr[n]</c>, strings continued
    /// on following lines, C escapes, obsolete entries (<c>#~</c>). Anything else stops the read with its line and column
    /// (<see cref="PoFormatException"/>): a PO file is read whole or not at all.
    /// </summary>
    internal static class PoReader
    {
        private enum Field
        {
            None,
            Context,
            Id,
            IdPlural,
            String,
        }

        public static List<PoEntry> Read(string path, TextReader reader)
        {
            var entries = new List<PoEntry>();
            PoEntry? entry = null;
            Field field = Field.None;
            int stringIndex = -1;
            string? line;
            int number = 0;
            bool sawKeyword = false;

            void Finish()
            {
                if (entry is not null && sawKeyword)
                {
                    if (entry.Strings.Count == 0)
                        throw new PoFormatException(path, number, 1, $"msgstr for the entry that starts on line {entry.Line}");
                    entries.Add(entry);
                    entry = null;
                }

                sawKeyword = false;
                field = Field.None;
            }

            while ((line = reader.ReadLine()) is not null)
            {
                number++;
                if (number == 1 && line.Length > 0 && line[0] == '\uFEFF')
                    line = line.Substring(1);
                string text = line.Trim();
                if (text.Length == 0)
                {
                    Finish();
                    continue;
                }

                bool obsolete = false;
                if (text.StartsWith("#~", StringComparison.Ordinal))
                {
                    obsolete = true;
                    text = text.Substring(2).TrimStart();
                    if (text.StartsWith("|", StringComparison.Ordinal))
                        continue; // previous msgid of an obsolete entry
                }

                if (!obsolete && text[0] == '#')
                {
                    if (sawKeyword)
                        Finish(); // a comment after the strings starts the next entry
                    entry ??= new PoEntry { Line = number };
                    ReadComment(entry, text);
                    continue;
                }

                entry ??= new PoEntry { Line = number };
                entry.IsObsolete |= obsolete;
                int column = line.IndexOf(text, StringComparison.Ordinal) + 1;
                if (text[0] == '"')
                {
                    if (field == Field.None)
                        throw new PoFormatException(path, number, column, "a keyword (msgctxt, msgid, msgid_plural, msgstr) before a string");
                    Append(entry, field, stringIndex, ParseString(path, number, column, text));
                    continue;
                }

                int space = text.IndexOf(' ');
                string keyword = space < 0 ? text : text.Substring(0, space);
                string rest = space < 0 ? string.Empty : text.Substring(space + 1).TrimStart();
                int restColumn = column + (text.Length - rest.Length);
                if (rest.Length == 0 || rest[0] != '"')
                    throw new PoFormatException(path, number, restColumn, $"a quoted string after {keyword}");
                string value = ParseString(path, number, restColumn, rest);
                switch (keyword)
                {
                    case "msgctxt":
                        if (sawKeyword && entry.Strings.Count > 0)
                        {
                            Finish();
                            entry = new PoEntry { Line = number, IsObsolete = obsolete };
                        }

                        if (sawKeyword)
                            throw new PoFormatException(path, number, column, "msgctxt before msgid (it starts an entry)");
                        field = Field.Context;
                        entry.Context = value;
                        break;
                    case "msgid":
                        if (sawKeyword && entry.Strings.Count > 0)
                        {
                            Finish();
                            entry = new PoEntry { Line = number, IsObsolete = obsolete };
                        }

                        if (field is Field.Id or Field.IdPlural)
                            throw new PoFormatException(path, number, column, "msgstr (this entry has a msgid already)");
                        field = Field.Id;
                        entry.Id = value;
                        break;
                    case "msgid_plural":
                        if (field != Field.Id)
                            throw new PoFormatException(path, number, column, "msgid_plural right after a msgid");
                        field = Field.IdPlural;
                        entry.IdPlural = value;
                        break;
                    default:
                        if (keyword == "msgstr")
                        {
                            if (field is not (Field.Id) || entry.IdPlural is not null)
                                throw new PoFormatException(path, number, column, entry.IdPlural is not null ? "msgstr[0] (the entry is plural)" : "msgstr right after a msgid");
                            stringIndex = 0;
                        }
                        else if (keyword.StartsWith("msgstr[", StringComparison.Ordinal) && keyword.EndsWith("]", StringComparison.Ordinal)
                            && int.TryParse(keyword.Substring(7, keyword.Length - 8), NumberStyles.None, CultureInfo.InvariantCulture, out int index))
                        {
                            if (entry.IdPlural is null)
                                throw new PoFormatException(path, number, column, "msgstr (msgstr[n] needs a msgid_plural)");
                            if (index != entry.Strings.Count)
                                throw new PoFormatException(path, number, column, $"msgstr[{entry.Strings.Count}] (plural forms are numbered from 0, in order)");
                            stringIndex = index;
                        }
                        else
                        {
                            throw new PoFormatException(path, number, column, "msgctxt, msgid, msgid_plural, msgstr or msgstr[n]");
                        }

                        field = Field.String;
                        entry.Strings.Add(value);
                        break;
                }

                sawKeyword = true;
            }

            number++;
            Finish();
            if (entry is not null && sawKeyword)
                entries.Add(entry);
            return entries;
        }

        private static void Append(PoEntry entry, Field field, int index, string value)
        {
            switch (field)
            {
                case Field.Context:
                    entry.Context += value;
                    break;
                case Field.Id:
                    entry.Id += value;
                    break;
                case Field.IdPlural:
                    entry.IdPlural += value;
                    break;
                default:
                    entry.Strings[index] += value;
                    break;
            }
        }

        private static void ReadComment(PoEntry entry, string text)
        {
            string body(int skip) => text.Length > skip ? text.Substring(skip).Trim() : string.Empty;
            if (text.StartsWith("#.", StringComparison.Ordinal))
                entry.ExtractedComments.Add(body(2));
            else if (text.StartsWith("#:", StringComparison.Ordinal))
                entry.References.AddRange(body(2).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries));
            else if (text.StartsWith("#,", StringComparison.Ordinal))
            {
                foreach (string flag in body(2).Split(','))
                {
                    if (flag.Trim().Length > 0)
                        entry.Flags.Add(flag.Trim());
                }
            }
            else if (!text.StartsWith("#|", StringComparison.Ordinal))
                entry.TranslatorComments.Add(body(1));
        }

        // "text with \"escapes\"\n": C escapes as gettext writes them.
        private static string ParseString(string path, int line, int column, string text)
        {
            var value = new StringBuilder(text.Length);
            int i = 1;
            while (i < text.Length && text[i] != '"')
            {
                char c = text[i];
                if (c != '\\')
                {
                    value.Append(c);
                    i++;
                    continue;
                }

                if (i + 1 >= text.Length)
                    break;
                char e = text[i + 1];
                i += 2;
                switch (e)
                {
                    case 'n': value.Append('\n'); break;
                    case 't': value.Append('\t'); break;
                    case 'r': value.Append('\r'); break;
                    case 'a': value.Append('\a'); break;
                    case 'b': value.Append('\b'); break;
                    case 'f': value.Append('\f'); break;
                    case 'v': value.Append('\v'); break;
                    case '\\': value.Append('\\'); break;
                    case '"': value.Append('"'); break;
                    case '\'': value.Append('\''); break;
                    case '?': value.Append('?'); break;
                    default:
                        if (e >= '0' && e <= '7')
                        {
                            int code = e - '0', digits = 1;
                            while (digits < 3 && i < text.Length && text[i] >= '0' && text[i] <= '7')
                            {
                                code = code * 8 + (text[i++] - '0');
                                digits++;
                            }

                            value.Append((char)code);
                            break;
                        }

                        throw new PoFormatException(path, line, column + i - 2, $"a C escape (\\n, \\t, \\\", \\\\...), found \\{e}");
                }
            }

            if (i >= text.Length)
                throw new PoFormatException(path, line, column + text.Length, "'\"' to close the string");
            if (text.Substring(i + 1).Trim().Length > 0)
                throw new PoFormatException(path, line, column + i + 1, "the end of the line after the string");
            return value.ToString();
        }
    }
}
