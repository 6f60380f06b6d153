using System.Collections.Generic;
using System.Text;

namespace I18nToolkit.Grammar
{
    /// <summary>
    /// The one parser of message templates, shared by the runtime, the analyzers, the build task and the CLI.
    /// It stops at the first error and reports its position relative to the whole message.
    /// </summary>
    internal static class MessageTemplateParser
    {
        // Far beyond any real message; keeps a typo like {99999999999} from being taken as an argument count.
        private const int MaxPositionalIndex = 999_999;

        public static MessageTemplate? Parse(string text, int offset, out MessageFormatError? error)
        {
            var segments = new List<TemplateSegment>();
            var holes = new List<MessageHole>();
            var literal = new StringBuilder();
            var argumentOfName = new Dictionary<string, int>(System.StringComparer.Ordinal);
            var names = new List<string>();
            int literalLength = 0;
            int maxIndex = -1;
            MessageHole? firstHole = null;
            int i = 0;

            while (i < text.Length)
            {
                char c = text[i];
                if (c == '{')
                {
                    if (i + 1 < text.Length && text[i + 1] == '{')
                    {
                        literal.Append('{');
                        i += 2;
                        continue;
                    }

                    FlushLiteral(segments, literal, ref literalLength);
                    MessageHole? hole = ParseHole(text, ref i, offset, out error);
                    if (hole is null)
                        return null;

                    if (firstHole is null)
                    {
                        firstHole = hole;
                    }
                    else if (firstHole.IsPositional != hole.IsPositional)
                    {
                        error = new MessageFormatError(hole.Position,
                            firstHole.IsPositional
                                ? $"a positional hole such as {{0}}, as the template's first hole {firstHole.RawText} is positional (do not mix named and positional holes)"
                                : $"a named hole such as {{Name}}, as the template's first hole {firstHole.RawText} is named (do not mix named and positional holes)",
                            $"'{hole.RawText}'");
                        return null;
                    }

                    if (hole.IsPositional)
                    {
                        if (hole.ArgumentIndex > maxIndex)
                            maxIndex = hole.ArgumentIndex;
                        if (!argumentOfName.ContainsKey(hole.Name))
                        {
                            argumentOfName.Add(hole.Name, hole.ArgumentIndex);
                            names.Add(hole.Name);
                        }
                    }
                    else
                    {
                        if (!argumentOfName.TryGetValue(hole.Name, out int index))
                        {
                            index = names.Count;
                            argumentOfName.Add(hole.Name, index);
                            names.Add(hole.Name);
                        }

                        hole = hole.WithArgumentIndex(index);
                        if (index > maxIndex)
                            maxIndex = index;
                    }

                    holes.Add(hole);
                    segments.Add(new TemplateSegment(hole));
                }
                else if (c == '}')
                {
                    if (i + 1 < text.Length && text[i + 1] == '}')
                    {
                        literal.Append('}');
                        i += 2;
                        continue;
                    }

                    error = MessageFormatError.At(text, i, offset, "'}}' (a literal '}' is written twice; a hole opens with '{')");
                    return null;
                }
                else if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
                {
                    // Half a character: no resource file (UTF-8 XML) can hold it, so it could never be translated.
                    error = MessageFormatError.At(text, i, offset, "a whole character (this is half of a UTF-16 surrogate pair, which no resource file can store)");
                    return null;
                }
                else
                {
                    literal.Append(c);
                    i++;
                    if (char.IsHighSurrogate(c))
                        literal.Append(text[i++]);
                }
            }

            FlushLiteral(segments, literal, ref literalLength);
            error = null;
            return new MessageTemplate(text, segments.ToArray(), holes.ToArray(), names.ToArray(),
                firstHole?.IsPositional ?? false, maxIndex + 1, literalLength);
        }

        private static void FlushLiteral(List<TemplateSegment> segments, StringBuilder literal, ref int literalLength)
        {
            if (literal.Length == 0)
                return;
            literalLength += literal.Length;
            segments.Add(new TemplateSegment(literal.ToString()));
            literal.Clear();
        }

        private static MessageHole? ParseHole(string text, ref int i, int offset, out MessageFormatError? error)
        {
            int start = i;
            i++; // '{'

            var capture = HoleCapture.Default;
            if (i < text.Length && (text[i] == '@' || text[i] == '$'))
            {
                capture = text[i] == '@' ? HoleCapture.Destructure : HoleCapture.Stringify;
                i++;
            }

            string name;
            bool positional;
            int index = 0;
            int nameStart = i;
            if (i < text.Length && IsDigit(text[i]))
            {
                while (i < text.Length && IsDigit(text[i]))
                {
                    index = index * 10 + (text[i] - '0');
                    if (index > MaxPositionalIndex)
                    {
                        error = MessageFormatError.At(text, nameStart, offset, $"a positional index of at most {MaxPositionalIndex}");
                        return null;
                    }

                    i++;
                }

                if (i < text.Length && IsNameChar(text[i]))
                {
                    error = MessageFormatError.At(text, i, offset, "a digit or the end of the index (a name must not start with a digit)");
                    return null;
                }

                positional = true;
                name = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (i < text.Length && IsNameStart(text[i]))
            {
                while (i < text.Length && IsNameChar(text[i]))
                    i++;
                positional = false;
                name = text.Substring(nameStart, i - nameStart);
            }
            else
            {
                error = MessageFormatError.At(text, i, offset,
                    start + 1 == i ? "a hole name or index after '{' (write '{{' for a literal brace)" : "a hole name or index");
                return null;
            }

            int alignment = 0;
            if (i < text.Length && text[i] == ',')
            {
                i++;
                SkipSpaces(text, ref i);
                bool negative = false;
                if (i < text.Length && text[i] == '-')
                {
                    negative = true;
                    i++;
                }

                if (i >= text.Length || !IsDigit(text[i]))
                {
                    error = MessageFormatError.At(text, i, offset, "an alignment number after ','");
                    return null;
                }

                while (i < text.Length && IsDigit(text[i]))
                {
                    alignment = alignment * 10 + (text[i] - '0');
                    if (alignment > 9_999)
                    {
                        error = MessageFormatError.At(text, i, offset, "an alignment of at most 9999");
                        return null;
                    }

                    i++;
                }

                SkipSpaces(text, ref i);
                if (negative)
                    alignment = -alignment;
            }

            string? format = null;
            if (i < text.Length && text[i] == ':')
            {
                i++;
                int formatStart = i;
                while (i < text.Length && text[i] != '}')
                {
                    if (text[i] == '{')
                    {
                        error = MessageFormatError.At(text, i, offset, $"'}}' to close the hole opened at position {offset + start}");
                        return null;
                    }

                    i++;
                }

                if (i > formatStart)
                {
                    format = text.Substring(formatStart, i - formatStart);
                    if (!BoundedFormat(text, formatStart, i, offset, out error))
                        return null;
                }
            }

            if (i >= text.Length || text[i] != '}')
            {
                error = MessageFormatError.At(text, i, offset,
                    i >= text.Length
                        ? $"'}}' to close the hole opened at position {offset + start}"
                        : "'}', ',' (alignment) or ':' (format) after the hole name");
                return null;
            }

            i++;
            error = null;
            return new MessageHole(name, positional, index, alignment, format, capture, offset + start,
                text.Substring(start, i - start));
        }

        /// <summary>The longest format a hole may carry, and the largest precision of a standard format (<c>N2</c>, <c>D8</c>).</summary>
        internal const int MaxFormatLength = 100, MaxPrecision = 99;

        /// <summary>
        /// Refuses formats that make one hole render megabytes: a translation's <c>{A:N999999999}</c> would render a
        /// 2 GB string for minutes. Real formats are short, and no number needs more than 99 digits after its point.
        /// </summary>
        private static bool BoundedFormat(string text, int start, int end, int offset, out MessageFormatError? error)
        {
            error = null;
            if (end - start > MaxFormatLength)
            {
                error = MessageFormatError.At(text, start + MaxFormatLength, offset, $"the end of the format (a format of at most {MaxFormatLength} characters)");
                return false;
            }

            // A standard format: one letter, then the precision.
            if (end - start < 2 || !char.IsLetter(text[start]))
                return true;
            int precision = 0;
            for (int i = start + 1; i < end; i++)
            {
                if (!IsDigit(text[i]))
                    return true; // a custom format
                precision = precision * 10 + (text[i] - '0');
                if (precision > MaxPrecision)
                {
                    error = MessageFormatError.At(text, i, offset, $"a precision of at most {MaxPrecision}");
                    return false;
                }
            }

            return true;
        }

        private static void SkipSpaces(string text, ref int i)
        {
            while (i < text.Length && text[i] == ' ')
                i++;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static bool IsNameStart(char c) => c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

        private static bool IsNameChar(char c) => IsNameStart(c) || IsDigit(c);
    }
}
