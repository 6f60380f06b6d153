using System.Collections.Generic;
using System.Text;
using I18nToolkit.Grammar.Choices;
using I18nToolkit.Grammar.Plurals;

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

        /// <summary>How deep choices may nest (a plural in a select in a plural...); real messages use two levels at most.</summary>
        internal const int MaxChoiceDepth = 8;

        public static MessageTemplate? Parse(string text, int offset, out MessageFormatError? error)
        {
            var state = new ParseState(text, offset);
            int i = 0;
            TemplateSegment[]? segments = ParseSequence(state, ref i, 0, null, 0);
            if (segments is null)
            {
                error = state.Error;
                return null;
            }

            error = null;
            return new MessageTemplate(text, segments, state.Holes.ToArray(), state.Names.ToArray(),
                state.FirstHole?.IsPositional ?? false, state.MaxIndex + 1, state.LiteralLength, state.HasChoices);
        }

        /// <summary>What one parse collects across nested branches: holes, argument names, the first error.</summary>
        private sealed class ParseState
        {
            public ParseState(string text, int offset)
            {
                Text = text;
                Offset = offset;
            }

            public readonly string Text;
            public readonly int Offset;
            public readonly List<MessageHole> Holes = new List<MessageHole>();
            public readonly List<string> Names = new List<string>();
            public readonly Dictionary<string, int> ArgumentOfName = new Dictionary<string, int>(System.StringComparer.Ordinal);
            public int MaxIndex = -1;
            public int LiteralLength;
            public bool HasChoices;
            public MessageHole? FirstHole;
            public MessageFormatError? Error;

            public TemplateSegment[]? Fail(int index, string expected)
            {
                Error = MessageFormatError.At(Text, index, Offset, expected);
                return null;
            }
        }

        /// <summary>
        /// Literal text and holes up to the end of the text (depth 0) or of a branch (the '}' that closes it, left for
        /// the caller). Inside a plural branch <c>#</c> is the number; <c>'#'</c>, <c>'{'</c> and <c>'}'</c> are ICU's
        /// quoted literals there, as a branch's first '}' closes it.
        /// </summary>
        private static TemplateSegment[]? ParseSequence(ParseState state, ref int i, int depth, MessageHole? plural, long pluralOffset)
        {
            string text = state.Text;
            var segments = new List<TemplateSegment>();
            var literal = new StringBuilder();
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

                    FlushLiteral(state, segments, literal);
                    MessageHole? hole = ParseHole(state, ref i, depth);
                    if (hole is null)
                        return null;
                    segments.Add(new TemplateSegment(hole));
                }
                else if (c == '}')
                {
                    if (depth > 0)
                        break;
                    if (i + 1 < text.Length && text[i + 1] == '}')
                    {
                        literal.Append('}');
                        i += 2;
                        continue;
                    }

                    return state.Fail(i, "'}}' (a literal '}' is written twice; a hole opens with '{')");
                }
                else if (c == '#' && plural is not null)
                {
                    FlushLiteral(state, segments, literal);
                    segments.Add(TemplateSegment.Number(
                        new MessageHole(plural.Name, plural.IsPositional, plural.ArgumentIndex, 0, null, HoleCapture.Default, state.Offset + i, "#"),
                        pluralOffset));
                    i++;
                }
                else if (c == '\'' && depth > 0 && i + 2 < text.Length && text[i + 2] == '\'' && (text[i + 1] == '{' || text[i + 1] == '}' || text[i + 1] == '#'))
                {
                    literal.Append(text[i + 1]);
                    i += 3;
                }
                else if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
                {
                    // Half a character: no resource file (UTF-8 XML) can hold it, so it could never be translated.
                    return state.Fail(i, "a whole character (this is half of a UTF-16 surrogate pair, which no resource file can store)");
                }
                else
                {
                    literal.Append(c);
                    i++;
                    if (char.IsHighSurrogate(c))
                        literal.Append(text[i++]);
                }
            }

            FlushLiteral(state, segments, literal);
            return segments.ToArray();
        }

        private static void FlushLiteral(ParseState state, List<TemplateSegment> segments, StringBuilder literal)
        {
            if (literal.Length == 0)
                return;
            state.LiteralLength += literal.Length;
            segments.Add(new TemplateSegment(literal.ToString()));
            literal.Clear();
        }

        /// <summary>Gives a hole its argument index (named holes by first appearance) and refuses mixing named and positional holes.</summary>
        private static MessageHole? Register(ParseState state, MessageHole hole)
        {
            if (state.FirstHole is null)
            {
                state.FirstHole = hole;
            }
            else if (state.FirstHole.IsPositional != hole.IsPositional)
            {
                MessageHole first = state.FirstHole;
                state.Error = new MessageFormatError(hole.Position,
                    first.IsPositional
                        ? $"a positional hole such as {{0}}, as the template's first hole {Head(first)} is positional (do not mix named and positional holes)"
                        : $"a named hole such as {{Name}}, as the template's first hole {Head(first)} is named (do not mix named and positional holes)",
                    $"'{Head(hole)}'");
                return null;
            }

            int index;
            if (hole.IsPositional)
            {
                index = hole.ArgumentIndex;
                if (!state.ArgumentOfName.ContainsKey(hole.Name))
                {
                    state.ArgumentOfName.Add(hole.Name, index);
                    state.Names.Add(hole.Name);
                }
            }
            else if (!state.ArgumentOfName.TryGetValue(hole.Name, out index))
            {
                index = state.Names.Count;
                state.ArgumentOfName.Add(hole.Name, index);
                state.Names.Add(hole.Name);
            }

            if (index > state.MaxIndex)
                state.MaxIndex = index;
            return hole.WithArgumentIndex(index);
        }

        // A hole as errors name it: a plain hole whole, a choice by its head ("{Count, plural, ...}").
        private static string Head(MessageHole hole) => hole.Choice is null ? hole.RawText : ChoiceKinds.Head(hole.Name, hole.Choice.Kind);

        private static MessageHole? ParseHole(ParseState state, ref int i, int depth)
        {
            string text = state.Text;
            int offset = state.Offset;
            MessageFormatError? error;
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
                        state.Fail(nameStart, $"a positional index of at most {MaxPositionalIndex}");
                        return null;
                    }

                    i++;
                }

                if (i < text.Length && IsNameChar(text[i]))
                {
                    state.Error = MessageFormatError.At(text, i, offset, "a digit or the end of the index (a name must not start with a digit)");
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
                state.Error = MessageFormatError.At(text, i, offset,
                    start + 1 == i ? "a hole name or index after '{' (write '{{' for a literal brace)" : "a hole name or index");
                return null;
            }

            int alignment = 0;
            if (i < text.Length && text[i] == ',')
            {
                i++;
                SkipSpaces(text, ref i);
                if (i < text.Length && IsNameStart(text[i]))
                    return ParseChoice(state, ref i, depth, start, name, positional, index, capture);
                bool negative = false;
                if (i < text.Length && text[i] == '-')
                {
                    negative = true;
                    i++;
                }

                if (i >= text.Length || !IsDigit(text[i]))
                {
                    state.Error = MessageFormatError.At(text, i, offset, "an alignment number after ','");
                    return null;
                }

                while (i < text.Length && IsDigit(text[i]))
                {
                    alignment = alignment * 10 + (text[i] - '0');
                    if (alignment > 9_999)
                    {
                        state.Error = MessageFormatError.At(text, i, offset, "an alignment of at most 9999");
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
                        state.Error = MessageFormatError.At(text, i, offset, $"'}}' to close the hole opened at position {offset + start}");
                        return null;
                    }

                    i++;
                }

                if (i > formatStart)
                {
                    format = text.Substring(formatStart, i - formatStart);
                    if (!BoundedFormat(text, formatStart, i, offset, out error))
                    {
                        state.Error = error;
                        return null;
                    }

                    if (format == "plural" || format == "select" || format == "selectordinal")
                    {
                        // A format is .NET's: {Count:plural} would print the word "plural".
                        state.Fail(formatStart, $"a .NET format after ':' (a {format} is written ICU's way: {{{name}, {format}, {(format == "select" ? "female {...} other {...}" : "one {...} other {...}")}}})");
                        return null;
                    }
                }
            }

            if (i >= text.Length || text[i] != '}')
            {
                state.Error = MessageFormatError.At(text, i, offset,
                    i >= text.Length
                        ? $"'}}' to close the hole opened at position {offset + start}"
                        : "'}', ',' (alignment) or ':' (format) after the hole name");
                return null;
            }

            i++;
            var hole = new MessageHole(name, positional, index, alignment, format, capture, offset + start, text.Substring(start, i - start));
            MessageHole? registered = Register(state, hole);
            if (registered is not null)
                state.Holes.Add(registered);
            return registered;
        }

        /// <summary>
        /// An ICU argument after its name and comma: <c>plural, offset:1 =0 {...} one {...} other {...}}</c>,
        /// <c>selectordinal, one {#st} other {#th}}</c> or <c>select, female {...} other {...}}</c>. Every choice has
        /// an <c>other</c> branch; a selector appears once.
        /// </summary>
        private static MessageHole? ParseChoice(ParseState state, ref int i, int depth, int start, string name, bool positional, int index, HoleCapture capture)
        {
            string text = state.Text;
            int typeStart = i;
            while (i < text.Length && IsNameChar(text[i]))
                i++;
            string type = text.Substring(typeStart, i - typeStart);
            ChoiceKind kind;
            switch (type)
            {
                case "plural":
                    kind = ChoiceKind.Plural;
                    break;
                case "selectordinal":
                    kind = ChoiceKind.SelectOrdinal;
                    break;
                case "select":
                    kind = ChoiceKind.Select;
                    break;
                default:
                    state.Fail(typeStart, $"an alignment number, or plural, selectordinal or select, after '{{{name},' (ICU's number, date and other formats are written the .NET way: {{{name}:N0}})");
                    return null;
            }

            if (capture != HoleCapture.Default)
            {
                state.Fail(start + 1, $"the argument's name ('{(capture == HoleCapture.Destructure ? '@' : '$')}' captures a value; a {type} chooses text by it)");
                return null;
            }

            if (depth >= MaxChoiceDepth)
            {
                state.Fail(typeStart, $"at most {MaxChoiceDepth} choices nested in one another");
                return null;
            }

            SkipWhiteSpace(text, ref i);
            if (i >= text.Length || text[i] != ',')
            {
                state.Fail(i, $"',' after '{type}' (then the branches: {{{name}, {type}, {(kind == ChoiceKind.Select ? "female {...} other {...}" : "one {...} other {...}")}}})");
                return null;
            }

            i++;
            SkipWhiteSpace(text, ref i);
            long choiceOffset = 0;
            if (kind != ChoiceKind.Select && string.CompareOrdinal(text, i, "offset:", 0, 7) == 0)
            {
                i += 7;
                SkipWhiteSpace(text, ref i);
                int digitsStart = i;
                while (i < text.Length && IsDigit(text[i]) && i - digitsStart < 9)
                    choiceOffset = choiceOffset * 10 + (text[i++] - '0');
                if (i == digitsStart || (i < text.Length && IsDigit(text[i])))
                {
                    state.Fail(i, "a whole number of at most 9 digits after 'offset:'");
                    return null;
                }

                SkipWhiteSpace(text, ref i);
            }

            // The argument takes its index now, so holes in the branches come after it in argument order.
            var head = new MessageHole(name, positional, index, 0, null, HoleCapture.Default, state.Offset + start, ChoiceKinds.Head(name, kind));
            MessageHole? argument = Register(state, head);
            if (argument is null)
                return null;
            int slot = state.Holes.Count;
            state.Holes.Add(argument);
            state.HasChoices = true;

            int headerEnd = state.Offset + i;
            var branches = new List<ChoiceBranch>();
            while (true)
            {
                SkipWhiteSpace(text, ref i);
                if (i >= text.Length)
                {
                    state.Fail(i, $"a branch or the '}}' that closes the {type} opened at position {state.Offset + start}");
                    return null;
                }

                if (text[i] == '}')
                    break;
                int selectorStart = i;
                long? exact = null;
                PluralCategory? category = null;
                if (text[i] == '=' && kind != ChoiceKind.Select)
                {
                    i++;
                    long value = 0;
                    int digitsStart = i;
                    while (i < text.Length && IsDigit(text[i]) && i - digitsStart < 18)
                        value = value * 10 + (text[i++] - '0');
                    if (i == digitsStart || (i < text.Length && IsNameChar(text[i])))
                    {
                        state.Fail(i, "a whole number after '=' (an exact match such as =0)");
                        return null;
                    }

                    exact = value;
                }
                else if (IsSelectorChar(text[i]))
                {
                    while (i < text.Length && IsSelectorChar(text[i]))
                        i++;
                    if (kind != ChoiceKind.Select)
                    {
                        if (!PluralCategories.TryParse(text.Substring(selectorStart, i - selectorStart), out PluralCategory parsed))
                        {
                            state.Fail(selectorStart, "a plural category (zero, one, two, few, many, other) or an exact match such as =0");
                            return null;
                        }

                        category = parsed;
                    }
                }
                else
                {
                    state.Fail(i, kind == ChoiceKind.Select
                        ? "a select keyword (letters, digits, '_' or '-'), or the '}' that closes the select"
                        : "a plural category (zero, one, two, few, many, other), an exact match such as =0, or the '}' that closes the " + type);
                    return null;
                }

                string selector = text.Substring(selectorStart, i - selectorStart);
                foreach (ChoiceBranch earlier in branches)
                {
                    if (earlier.Selector == selector)
                    {
                        state.Fail(selectorStart, $"a selector not used before in this {type} ('{selector}' has a branch already)");
                        return null;
                    }
                }

                SkipWhiteSpace(text, ref i);
                if (i >= text.Length || text[i] != '{')
                {
                    state.Fail(i, $"'{{' to open the message of branch '{selector}'");
                    return null;
                }

                int contentStart = ++i;
                TemplateSegment[]? segments = ParseSequence(state, ref i, depth + 1, kind == ChoiceKind.Select ? null : argument, choiceOffset);
                if (segments is null)
                    return null;
                if (i >= text.Length)
                {
                    state.Fail(i, $"'}}' to close branch '{selector}' opened at position {state.Offset + contentStart - 1}");
                    return null;
                }

                branches.Add(new ChoiceBranch(selector, exact, category, segments, state.Offset + selectorStart, state.Offset + contentStart, state.Offset + i));
                i++; // the branch's '}'
            }

            if (!branches.Exists(b => b.Selector == "other"))
            {
                state.Fail(i, $"an 'other' branch before the '}}' that closes the {type} (every {type} needs one: it is what any other value takes)");
                return null;
            }

            i++; // the choice's '}'
            var choice = new MessageChoice(kind, choiceOffset, branches.ToArray(), headerEnd);
            var hole = new MessageHole(name, positional, argument.ArgumentIndex, 0, null, HoleCapture.Default, state.Offset + start, text.Substring(start, i - start), choice);
            state.Holes[slot] = hole;
            return hole;
        }

        private static bool IsSelectorChar(char c) => IsNameChar(c) || c == '-';

        private static void SkipWhiteSpace(string text, ref int i)
        {
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
                i++;
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
