using System;
using System.Collections.Generic;

namespace I18nToolkit.Build.Extraction.Razor
{
    /// <summary>
    /// The C# of a Razor file (<c>.razor</c>, <c>.cshtml</c>) where it stands: a text of the same length and lines in
    /// which markup is blanked and code is kept, so the C# extraction finds each message at its line and column in the
    /// Razor file. Code is what Razor compiles as code: <c>@code</c>/<c>@functions</c> and <c>@{ }</c> blocks (with the
    /// markup inside them blanked again), <c>@( )</c> and implicit expressions (<c>@Loc.T("…")</c>, also in attribute
    /// values), and the statements of <c>@if</c>, <c>@foreach</c>, <c>@switch</c>… Directives, comments and text are not.
    /// An expression is followed by a <c>;</c> where its markup was, so two expressions in a row parse as two statements.
    /// The members of <c>@code</c> and <c>@functions</c> blocks go into a second projection, as a class (<c>@code</c>
    /// written as <c>class</c>), since they are declarations, not statements.
    /// </summary>
    internal sealed class RazorProjection
    {
        private static readonly HashSet<string> BlockKeywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "if", "for", "foreach", "while", "do", "switch", "lock", "try", "using",
        };

        private static readonly HashSet<string> Directives = new HashSet<string>(StringComparer.Ordinal)
        {
            "page", "inject", "using", "inherits", "implements", "attribute", "layout", "namespace", "typeparam", "model",
            "rendermode", "preservewhitespace", "addTagHelper", "removeTagHelper", "tagHelperPrefix", "section",
        };

        private static readonly HashSet<string> VoidElements = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        };

        private readonly string _text;
        private readonly char[] _statements;
        private readonly char[] _members;
        private char[] _code;
        private int _pos;

        private RazorProjection(string text)
        {
            _text = text;
            _statements = Blank(text);
            _members = Blank(text);
            _code = _statements;
        }

        /// <summary>The C# projections of <paramref name="razor"/>: its statements and expressions, and its members as a class.</summary>
        public static (string Statements, string Members) Project(string razor)
        {
            var projection = new RazorProjection(razor);
            projection.Markup(endTag: null);
            return (new string(projection._statements), new string(projection._members));
        }

        private static char[] Blank(string text)
        {
            var blank = new char[text.Length];
            for (int i = 0; i < text.Length; i++)
                blank[i] = text[i] == '\n' || text[i] == '\r' ? text[i] : ' ';
            return blank;
        }

        /// <summary>Markup up to <paramref name="endTag"/>'s closing tag at this nesting (or the end): only its <c>@</c> transitions are code.</summary>
        private void Markup(string? endTag)
        {
            var open = new Stack<string>();
            while (_pos < _text.Length)
            {
                char c = _text[_pos];
                if (c == '@')
                {
                    Transition();
                    continue;
                }

                if (c == '<' && endTag is not null)
                {
                    if (StartsWith("<!--"))
                    {
                        Skip("-->");
                        continue;
                    }

                    string? name = TagName(_pos + 1);
                    if (name is not null)
                    {
                        bool selfClosing = Tag();
                        if (!selfClosing && !VoidElements.Contains(name))
                            open.Push(name);
                        continue;
                    }

                    string? closing = _pos + 1 < _text.Length && _text[_pos + 1] == '/' ? TagName(_pos + 2) : null;
                    if (closing is not null)
                    {
                        Tag();
                        if (open.Count > 0 && string.Equals(open.Peek(), closing, StringComparison.OrdinalIgnoreCase))
                            open.Pop();
                        else if (open.Count == 0 && string.Equals(closing, endTag, StringComparison.OrdinalIgnoreCase))
                            return;
                        continue;
                    }
                }
                else if (c == '<' && StartsWith("<!--"))
                {
                    Skip("-->");
                    continue;
                }
                else if (c == '<' && TagName(_pos + 1) is not null)
                {
                    Tag(); // attribute values may hold @ expressions
                    continue;
                }

                _pos++;
            }
        }

        /// <summary>A tag (<c>&lt;p class="@x"&gt;</c>, <c>&lt;/p&gt;</c>), its <c>@</c> transitions in attribute values; returns whether it closes itself.</summary>
        private bool Tag()
        {
            _pos++; // <
            char quote = '\0';
            while (_pos < _text.Length)
            {
                char c = _text[_pos];
                if (c == '@')
                {
                    Transition();
                    continue;
                }

                if (quote != '\0')
                {
                    if (c == quote)
                        quote = '\0';
                }
                else if (c == '"' || c == '\'')
                {
                    quote = c;
                }
                else if (c == '>')
                {
                    _pos++;
                    return _text[_pos - 2] == '/';
                }

                _pos++;
            }

            return false;
        }

        /// <summary>At an <c>@</c>: a comment, an escape, an e-mail address, a directive, a block or an expression.</summary>
        private void Transition()
        {
            int at = _pos;
            char next = Peek(1);
            if (next == '@')
            {
                _pos += 2; // @@ is a literal @
                return;
            }

            if (next == '*')
            {
                Skip("*@");
                return;
            }

            if (at > 0 && (char.IsLetterOrDigit(_text[at - 1]) || _text[at - 1] == '.'))
            {
                _pos++; // name@example.com
                return;
            }

            _pos++;
            if (next == '{')
            {
                CodeBlock();
                return;
            }

            if (next == '(')
            {
                int start = _pos;
                Balanced('(', ')');
                Keep(start, _pos);
                Terminate();
                return;
            }

            if (next == ':' )
                return; // @: in markup is text

            string word = Word(_pos);
            if (word == "code" || word == "functions")
            {
                // Members: "@code {" becomes "class {" in the members' projection (same length), the block its body.
                "class".CopyTo(0, _members, at, 5);
                _pos += word.Length;
                SkipSpace();
                if (Peek(0) == '{')
                {
                    _code = _members;
                    CodeBlock();
                    _code = _statements;
                }

                return;
            }

            if (BlockKeywords.Contains(word) && !(word == "using" && !NextNonSpaceIs(_pos + word.Length, '(')))
            {
                Statement();
                return;
            }

            if (Directives.Contains(word))
            {
                while (_pos < _text.Length && _text[_pos] != '\n')
                    _pos++; // a directive line: no messages
                return;
            }

            if (word.Length > 0)
                ImplicitExpression();
        }

        /// <summary><c>@Loc.T("…", n)</c>, <c>@item.Name</c>, <c>@await Load()</c>: names, member access, calls and indexers, until anything else.</summary>
        private void ImplicitExpression()
        {
            int start = _pos;
            if (Word(_pos) == "await")
            {
                _pos += 5;
                SkipSpace();
            }

            while (_pos < _text.Length)
            {
                string word = Word(_pos);
                if (word.Length == 0)
                    break;
                _pos += word.Length;
                while (Peek(0) == '(' || Peek(0) == '[')
                    Balanced(Peek(0), Peek(0) == '(' ? ')' : ']');
                if (Peek(0) == '!' && Peek(1) != '=')
                    _pos++;
                if (Peek(0) == '?' && Peek(1) == '.')
                    _pos++;
                if (Peek(0) == '.' && IsIdentifierStart(Peek(1)))
                {
                    _pos++;
                    continue;
                }

                break;
            }

            Keep(start, _pos);
            Terminate();
        }

        /// <summary><c>@if (…) { … } else { … }</c> and the like: the heads are code, the bodies code blocks.</summary>
        private void Statement()
        {
            while (true)
            {
                int start = _pos;
                string word = Word(_pos);
                _pos += word.Length;
                SkipSpace();
                if (word == "else" && Word(_pos) == "if")
                {
                    _pos += 2;
                    SkipSpace();
                }

                if (Peek(0) == '(')
                    Balanced('(', ')');
                Keep(start, _pos);
                SkipSpace();
                if (Peek(0) != '{')
                    return;
                CodeBlock();
                int after = _pos;
                SkipSpace();
                string more = Word(_pos);
                if (more == "else" || more == "catch" || more == "finally" || (word == "do" && more == "while"))
                {
                    if (more == "while")
                    {
                        start = _pos;
                        _pos += more.Length;
                        SkipSpace();
                        if (Peek(0) == '(')
                            Balanced('(', ')');
                        Keep(start, _pos);
                        return;
                    }

                    continue;
                }

                _pos = after;
                return;
            }
        }

        /// <summary>A <c>{ … }</c> of C#: kept, with the markup inside it (elements, <c>&lt;text&gt;</c>, <c>@:</c> lines) blanked again.</summary>
        private void CodeBlock()
        {
            int depth = 0;
            int start = _pos;
            while (_pos < _text.Length)
            {
                char c = _text[_pos];
                switch (c)
                {
                    case '{':
                        depth++;
                        _pos++;
                        continue;
                    case '}':
                        depth--;
                        _pos++;
                        if (depth == 0)
                        {
                            Keep(start, _pos);
                            return;
                        }

                        continue;
                    case '"':
                    case '\'':
                    case '$' when Peek(1) == '"' || Peek(1) == '@' || Peek(1) == '$':
                    case '@' when Peek(1) == '"' || Peek(1) == '$':
                        SkipCSharpLiteral();
                        continue;
                    case '/' when Peek(1) == '/':
                        while (_pos < _text.Length && _text[_pos] != '\n')
                            _pos++;
                        continue;
                    case '/' when Peek(1) == '*':
                        Skip("*/");
                        continue;
                    case '@' when Peek(1) == ':':
                        Keep(start, _pos);
                        while (_pos < _text.Length && _text[_pos] != '\n')
                        {
                            if (_text[_pos] == '@' && _pos > 0 && Peek(1) != ':')
                                Transition();
                            else
                                _pos++;
                        }

                        start = _pos;
                        continue;
                    case '<' when StartsMarkup():
                        Keep(start, _pos);
                        string name = TagName(_pos + 1)!;
                        bool selfClosing = Tag();
                        if (!selfClosing && !VoidElements.Contains(name))
                            Markup(name);
                        start = _pos;
                        continue;
                }

                _pos++;
            }

            Keep(start, _pos);
        }

        /// <summary>A <c>&lt;</c> in code that opens an element: a tag name right after it, and a statement's start before it.</summary>
        private bool StartsMarkup()
        {
            if (TagName(_pos + 1) is null)
                return false;
            for (int i = _pos - 1; i >= 0; i--)
            {
                char c = _text[i];
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                    continue;
                return c == '{' || c == '}' || c == ';' || c == ':' || c == ')' || c == '>' || c == '=' || c == '(' || c == ',';
            }

            return true;
        }

        /// <summary>A string or character literal of C#, whole (interpolation holes with their own strings included).</summary>
        private void SkipCSharpLiteral()
        {
            int dollars = 0;
            bool verbatim = false;
            while (Peek(0) == '$' || (Peek(0) == '@' && !verbatim))
            {
                if (Peek(0) == '$')
                    dollars++;
                else
                    verbatim = true;
                _pos++;
            }

            char quote = Peek(0);
            if (quote == '\'')
            {
                _pos++;
                while (_pos < _text.Length && _text[_pos] != '\'' && _text[_pos] != '\n')
                    _pos += _text[_pos] == '\\' ? 2 : 1;
                _pos++;
                return;
            }

            int quotes = 0;
            while (Peek(0) == '"')
            {
                quotes++;
                _pos++;
            }

            if (quotes == 2)
                return; // ""
            if (quotes >= 3)
            {
                string close = new string('"', quotes);
                int end = _text.IndexOf(close, _pos, StringComparison.Ordinal);
                _pos = end < 0 ? _text.Length : end + quotes;
                return;
            }

            while (_pos < _text.Length)
            {
                char c = _text[_pos];
                if (c == '\\' && !verbatim)
                {
                    _pos += 2;
                    continue;
                }

                if (c == '"')
                {
                    if (verbatim && Peek(1) == '"')
                    {
                        _pos += 2;
                        continue;
                    }

                    _pos++;
                    return;
                }

                if (c == '{' && dollars > 0)
                {
                    if (Peek(1) == '{')
                    {
                        _pos += 2;
                        continue;
                    }

                    Balanced('{', '}');
                    continue;
                }

                if (c == '\n' && !verbatim)
                    return;
                _pos++;
            }
        }

        /// <summary>From an opening bracket to its match, over C# literals and comments.</summary>
        private void Balanced(char open, char close)
        {
            int depth = 0;
            while (_pos < _text.Length)
            {
                char c = _text[_pos];
                if (c == '"' || c == '\'' || (c == '$' && (Peek(1) == '"' || Peek(1) == '@' || Peek(1) == '$')) || (c == '@' && (Peek(1) == '"' || Peek(1) == '$')))
                {
                    SkipCSharpLiteral();
                    continue;
                }

                _pos++;
                if (c == open)
                    depth++;
                else if (c == close && --depth == 0)
                    return;
            }
        }

        private void Keep(int start, int end)
        {
            for (int i = start; i < end && i < _text.Length; i++)
                _code[i] = _text[i];
        }

        /// <summary>Ends an expression with a <c>;</c> in the blank after it, so the next one is a statement of its own.</summary>
        private void Terminate()
        {
            if (_pos < _text.Length && _text[_pos] != '\n' && _text[_pos] != '\r')
                _code[_pos] = ';';
        }

        private string? TagName(int start)
        {
            int i = start;
            while (i < _text.Length && (char.IsLetterOrDigit(_text[i]) || _text[i] == '-' || _text[i] == ':' || _text[i] == '.' || _text[i] == '_'))
                i++;
            return i > start && char.IsLetter(_text[start]) ? _text.Substring(start, i - start) : null;
        }

        private string Word(int start)
        {
            int i = start;
            if (i < _text.Length && IsIdentifierStart(_text[i]))
            {
                i++;
                while (i < _text.Length && (char.IsLetterOrDigit(_text[i]) || _text[i] == '_'))
                    i++;
            }

            return _text.Substring(start, i - start);
        }

        private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

        private bool NextNonSpaceIs(int from, char c)
        {
            int i = from;
            while (i < _text.Length && (_text[i] == ' ' || _text[i] == '\t'))
                i++;
            return i < _text.Length && _text[i] == c;
        }

        private void SkipSpace()
        {
            while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
                _pos++;
        }

        private void Skip(string end)
        {
            int found = _text.IndexOf(end, _pos + 1, StringComparison.Ordinal);
            _pos = found < 0 ? _text.Length : found + end.Length;
        }

        private bool StartsWith(string s) => string.CompareOrdinal(_text, _pos, s, 0, s.Length) == 0;

        private char Peek(int offset) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';
    }
}
