using System;
using System.Collections.Generic;
using System.Globalization;

namespace I18nToolkit.Build.Extraction.Scanning
{
    /// <summary>
    /// A C# lexer just exact enough for message extraction: it knows comments, every string form (regular, verbatim,
    /// raw, interpolated with the code of their holes, UTF-8), characters, numbers, identifiers and directives, and
    /// keeps only significant tokens. It gives up (returns false) rather than guess: on conditional-compilation
    /// directives (which text is live is the compiler's call), unterminated literals or comments, escaped or
    /// supplementary-plane identifiers, and malformed interpolations. The caller then parses the file with Roslyn.
    /// </summary>
    internal sealed class CSharpTokenScanner
    {
        private readonly string _text;
        private readonly List<ScanToken> _tokens;
        private int _pos;
        private bool _lineStart = true;

        private CSharpTokenScanner(string text, List<ScanToken> tokens)
        {
            _text = text;
            _tokens = tokens;
        }

        /// <summary>Fills <paramref name="tokens"/> with the significant tokens of <paramref name="text"/>; false when the compiler must decide.</summary>
        public static bool TryScan(string text, List<ScanToken> tokens)
        {
            tokens.Clear();
            var scanner = new CSharpTokenScanner(text, tokens);
            return scanner.Scan(inHole: false);
        }

        /// <summary>
        /// Scans code. At top level, to the end of the text. In an interpolation hole, up to (not past) the <c>}</c> or
        /// format <c>:</c> that ends it at nesting depth 0.
        /// </summary>
        private bool Scan(bool inHole)
        {
            string t = _text;
            int depth = 0;
            while (_pos < t.Length)
            {
                char c = t[_pos];
                switch (c)
                {
                    case ' ':
                    case '\t':
                    case '\v':
                    case '\f':
                        _pos++;
                        continue;
                    case '\r':
                    case '\n':
                    case '\u0085':
                    case '\u2028':
                    case '\u2029':
                        _pos++;
                        _lineStart = true;
                        continue;
                    case '/' when Peek(1) == '/':
                        if (inHole)
                            return false; // a comment to the end of the line would swallow the string's end
                        while (_pos < t.Length && !IsLineBreak(t[_pos]))
                            _pos++;
                        continue;
                    case '/' when Peek(1) == '*':
                        int close = t.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
                        if (close < 0)
                            return false;
                        _pos = close + 2;
                        continue;
                    case '#' when _lineStart && !inHole:
                        if (!SkipDirective())
                            return false;
                        continue;
                    case '"':
                        _lineStart = false;
                        if (!ScanString(_pos, _pos))
                            return false;
                        continue;
                    case '\'':
                        _lineStart = false;
                        if (!ScanCharacter())
                            return false;
                        continue;
                    case '@' when Peek(1) == '"':
                        _lineStart = false;
                        if (!ScanVerbatimString(_pos, _pos + 1))
                            return false;
                        continue;
                    case '@' when Peek(1) == '$' && Peek(2) == '"':
                    case '$' when Peek(1) == '@' && Peek(2) == '"':
                        _lineStart = false;
                        if (!ScanInterpolated(_pos, _pos + 3, InterpolationKind.Verbatim, 1, 1))
                            return false;
                        continue;
                    case '$' when Peek(1) == '"' || Peek(1) == '$':
                        _lineStart = false;
                        if (!ScanDollarString())
                            return false;
                        continue;
                    case '\\':
                        return false; // an identifier written with a Unicode escape
                }

                _lineStart = false;
                if (IsIdentifierStart(c) || (c == '@' && _pos + 1 < t.Length && IsIdentifierStart(t[_pos + 1])))
                {
                    if (!ScanIdentifier())
                        return false;
                    continue;
                }

                if (char.IsDigit(c) || (c == '.' && Peek(1) >= '0' && Peek(1) <= '9'))
                {
                    ScanNumber();
                    continue;
                }

                if (char.IsSurrogate(c))
                    return false;
                if (char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator)
                {
                    _pos++;
                    continue;
                }

                if (inHole)
                {
                    if (depth == 0 && (c == '}' || c == ':'))
                        return true;
                    if (c == '(' || c == '[' || c == '{')
                        depth++;
                    else if ((c == ')' || c == ']' || c == '}') && --depth < 0)
                        return false;
                }

                _tokens.Add(new ScanToken(ScanTokenKind.Punctuation, _pos, 1));
                _pos++;
            }

            return !inHole; // an interpolation hole that never closes
        }

        private char Peek(int offset) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

        private static bool IsLineBreak(char c) => c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029';

        private static bool IsIdentifierStart(char c)
        {
            if (c < 128)
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            UnicodeCategory category = char.GetUnicodeCategory(c);
            return category <= UnicodeCategory.OtherLetter || category == UnicodeCategory.LetterNumber;
        }

        private static bool IsIdentifierPart(char c)
        {
            if (c < 128)
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            switch (char.GetUnicodeCategory(c))
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.LetterNumber:
                case UnicodeCategory.DecimalDigitNumber:
                case UnicodeCategory.ConnectorPunctuation:
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.Format:
                    return true;
                default:
                    return false;
            }
        }

        private bool ScanIdentifier()
        {
            int start = _pos;
            if (_text[_pos] == '@')
                _pos++;
            while (_pos < _text.Length && IsIdentifierPart(_text[_pos]))
                _pos++;
            if (_pos < _text.Length && (_text[_pos] == '\\' || char.IsSurrogate(_text[_pos])))
                return false;
            _tokens.Add(new ScanToken(ScanTokenKind.Identifier, start, _pos - start));
            return true;
        }

        private void ScanNumber()
        {
            int start = _pos;
            string t = _text;
            bool hex = t[_pos] == '0' && (Peek(1) == 'x' || Peek(1) == 'X' || Peek(1) == 'b' || Peek(1) == 'B');
            if (hex)
                _pos += 2;
            while (_pos < t.Length)
            {
                char c = t[_pos];
                if (char.IsLetterOrDigit(c) && c < 128 || c == '_')
                {
                    // An exponent's sign belongs to the number: 1e+5.
                    if (!hex && (c == 'e' || c == 'E') && (Peek(1) == '+' || Peek(1) == '-') && Peek(2) >= '0' && Peek(2) <= '9')
                        _pos += 2;
                    else
                        _pos++;
                }
                else if (c == '.' && !hex && Peek(1) >= '0' && Peek(1) <= '9')
                {
                    _pos++;
                }
                else
                {
                    break;
                }
            }

            _tokens.Add(new ScanToken(ScanTokenKind.Other, start, _pos - start));
        }

        private bool ScanCharacter()
        {
            int start = _pos++;
            while (_pos < _text.Length)
            {
                char c = _text[_pos];
                if (IsLineBreak(c))
                    return false;
                if (c == '\\')
                {
                    _pos += 2;
                    continue;
                }

                _pos++;
                if (c == '\'')
                {
                    _tokens.Add(new ScanToken(ScanTokenKind.Other, start, _pos - start));
                    return true;
                }
            }

            return false;
        }

        /// <summary>A regular or raw string starting at <paramref name="quote"/>; <paramref name="start"/> is the token's start.</summary>
        private bool ScanString(int start, int quote)
        {
            int quotes = CountRun(quote, '"');
            if (quotes >= 3)
                return ScanRawString(start, quote, quotes);
            _pos = quote + 1;
            while (_pos < _text.Length)
            {
                char c = _text[_pos];
                if (IsLineBreak(c))
                    return false;
                if (c == '\\')
                {
                    if (_pos + 1 >= _text.Length || IsLineBreak(_text[_pos + 1]))
                        return false;
                    _pos += 2;
                    continue;
                }

                _pos++;
                if (c == '"')
                    return EndString(start);
            }

            return false;
        }

        private bool ScanVerbatimString(int start, int quote)
        {
            _pos = quote + 1;
            while (_pos < _text.Length)
            {
                if (_text[_pos] == '"')
                {
                    if (Peek(1) == '"')
                    {
                        _pos += 2;
                        continue;
                    }

                    _pos++;
                    return EndString(start);
                }

                _pos++;
            }

            return false;
        }

        private bool ScanRawString(int start, int quote, int quotes)
        {
            _pos = quote + quotes;
            while (_pos < _text.Length)
            {
                if (_text[_pos] != '"')
                {
                    _pos++;
                    continue;
                }

                int run = CountRun(_pos, '"');
                if (run > quotes)
                    return false; // more quotes than opened: an error the compiler words better
                _pos += run;
                if (run == quotes)
                    return EndString(start);
            }

            return false;
        }

        /// <summary>After the closing quote: a <c>u8</c> suffix makes it a UTF-8 literal, which is no message.</summary>
        private bool EndString(int start)
        {
            bool utf8 = (Peek(0) == 'u' || Peek(0) == 'U') && Peek(1) == '8';
            if (utf8)
                _pos += 2;
            _tokens.Add(new ScanToken(utf8 ? ScanTokenKind.Other : ScanTokenKind.String, start, _pos - start));
            return true;
        }

        private int CountRun(int from, char c)
        {
            int end = from;
            while (end < _text.Length && _text[end] == c)
                end++;
            return end - from;
        }

        private bool ScanDollarString()
        {
            int start = _pos;
            int dollars = CountRun(_pos, '$');
            int quote = _pos + dollars;
            if (quote >= _text.Length || _text[quote] != '"')
                return false;
            int quotes = CountRun(quote, '"');
            if (quotes >= 3)
                return ScanInterpolated(start, quote + quotes, InterpolationKind.Raw, dollars, quotes);
            if (dollars != 1)
                return false;
            return ScanInterpolated(start, quote + 1, InterpolationKind.Regular, 1, 1);
        }

        private enum InterpolationKind
        {
            Regular,
            Verbatim,
            Raw,
        }

        /// <summary>
        /// An interpolated string from its content start: one <see cref="ScanTokenKind.Other"/> token for the string,
        /// then, for each hole, <see cref="ScanTokenKind.HoleStart"/>, the hole's code tokens and its closing <c>}</c>.
        /// </summary>
        private bool ScanInterpolated(int start, int content, InterpolationKind kind, int dollars, int quotes)
        {
            _tokens.Add(new ScanToken(ScanTokenKind.Other, start, content - start));
            _pos = content;
            string t = _text;
            while (_pos < t.Length)
            {
                char c = t[_pos];
                if (c == '"')
                {
                    if (kind == InterpolationKind.Raw)
                    {
                        int run = CountRun(_pos, '"');
                        if (run > quotes)
                            return false;
                        _pos += run;
                        if (run == quotes)
                            return true;
                        continue;
                    }

                    if (kind == InterpolationKind.Verbatim && Peek(1) == '"')
                    {
                        _pos += 2;
                        continue;
                    }

                    _pos++;
                    return true;
                }

                if (kind == InterpolationKind.Regular)
                {
                    if (IsLineBreak(c))
                        return false;
                    if (c == '\\')
                    {
                        _pos += 2;
                        continue;
                    }
                }

                if (c == '{' || c == '}')
                {
                    int run = CountRun(_pos, c);
                    if (kind != InterpolationKind.Raw)
                    {
                        if (run >= 2)
                        {
                            _pos += 2; // {{ or }}: a literal brace
                            continue;
                        }

                        if (c == '}')
                            return false;
                    }
                    else if (run < dollars)
                    {
                        _pos += run;
                        continue;
                    }
                    else if (c == '}' || run >= 2 * dollars)
                    {
                        return false;
                    }

                    _pos += run;
                    if (!ScanHole(_pos - dollars, kind, dollars))
                        return false;
                    continue;
                }

                _pos++;
            }

            return false;
        }

        private bool ScanHole(int open, InterpolationKind kind, int dollars)
        {
            _tokens.Add(new ScanToken(ScanTokenKind.HoleStart, open, dollars));
            _lineStart = false;
            if (!Scan(inHole: true))
                return false;
            if (_text[_pos] == ':')
            {
                if (Peek(1) == ':')
                    return false; // global:: in a hole: the compiler decides where the format begins
                while (_pos < _text.Length && _text[_pos] != '}')
                {
                    if (kind == InterpolationKind.Regular && (_text[_pos] == '"' || IsLineBreak(_text[_pos])))
                        return false;
                    _pos++;
                }

                if (_pos >= _text.Length)
                    return false;
            }

            if (CountRun(_pos, '}') < dollars)
                return false;
            _tokens.Add(new ScanToken(ScanTokenKind.Punctuation, _pos, 1));
            _pos += dollars;
            return true;
        }

        /// <summary>A directive line. Conditional compilation decides what is code: that is the compiler's job.</summary>
        private bool SkipDirective()
        {
            int i = _pos + 1;
            while (i < _text.Length && (_text[i] == ' ' || _text[i] == '\t'))
                i++;
            int nameStart = i;
            while (i < _text.Length && _text[i] >= 'a' && _text[i] <= 'z')
                i++;
            switch (_text.Substring(nameStart, i - nameStart))
            {
                case "if":
                case "elif":
                case "else":
                case "endif":
                case "define":
                case "undef":
                    return false;
            }

            while (i < _text.Length && !IsLineBreak(_text[i]))
                i++;
            _pos = i;
            return true;
        }
    }
}
