using System;
using System.Collections.Generic;

namespace I18nToolkit.Build.Extraction.Scanning
{
    /// <summary>
    /// Finds message literals from tokens alone, with the same answer as <see cref="I18nToolkit.Syntax.MessageCallSyntax"/>
    /// over a Roslyn tree: <c>X</c>/<c>T</c>, optionally after a dotted name or <c>?.</c>, then <c>(</c>, an optional
    /// <c>message:</c>, a string literal and <c>,</c> or <c>)</c>, and not after <c>new</c>. Where only the syntax can
    /// tell a call from something that looks like one - inside <c>[…]</c> (attribute or element access), in a pattern
    /// (after <c>is</c>/<c>case</c>/<c>switch</c> in the same statement, or in a switch expression), with explicit type
    /// arguments - it returns false and the caller parses the file. Tests hold the two to the same results.
    /// </summary>
    internal static class MessageCallScanner
    {
        private enum Shape
        {
            NotACall,
            Call,
            Undecided,
        }

        /// <summary>
        /// Adds the string token of every message call to <paramref name="literals"/>, in text order; false when the
        /// file needs a parser (the list is then meaningless).
        /// </summary>
        public static bool TryFindMessageLiterals(string text, List<ScanToken> tokens, List<ScanToken> literals)
        {
            literals.Clear();
            if (!CSharpTokenScanner.TryScan(text, tokens))
                return false;

            // The open brackets: '(' '[' '{', and 's' for the brace of a switch expression.
            var brackets = new Stack<char>();
            int switchBodies = 0;
            int squares = 0;
            bool patternInStatement = false;
            for (int i = 0; i < tokens.Count; i++)
            {
                ScanToken token = tokens[i];
                if (token.Kind == ScanTokenKind.HoleStart)
                {
                    brackets.Push('{');
                    continue;
                }

                if (token.Kind == ScanTokenKind.Punctuation)
                {
                    char c = text[token.Start];
                    switch (c)
                    {
                        case '(':
                            brackets.Push(c);
                            break;
                        case '[':
                            brackets.Push(c);
                            squares++;
                            break;
                        case '{':
                            bool switchBody = i > 0 && IsWord(text, tokens[i - 1], "switch");
                            brackets.Push(switchBody ? 's' : '{');
                            if (switchBody)
                                switchBodies++;
                            break;
                        case ')':
                        case ']':
                        case '}':
                            if (brackets.Count == 0)
                                return false;
                            char open = brackets.Pop();
                            if (open == 's')
                                switchBodies--;
                            else if (open == '[')
                                squares--;
                            break;
                        case ';':
                            patternInStatement = false;
                            break;
                    }

                    continue;
                }

                // Inside [...] a message may be an indexer's name (IStringLocalizer) or an attribute's text
                // (ErrorMessage = "E302: …"): only the syntax can tell, so the parser reads the file.
                if (token.Kind == ScanTokenKind.String && squares > 0 && StartsLikeMessage(text, token))
                    return false;
                if (token.Kind != ScanTokenKind.Identifier)
                    continue;
                if (IsWord(text, token, "is") || IsWord(text, token, "case") || IsWord(text, token, "switch"))
                {
                    patternInStatement = true;
                    continue;
                }

                if (!IsName(text, token, 'X') && !IsName(text, token, 'T'))
                    continue;
                Shape shape = Classify(text, tokens, i, out int literal);
                if (shape == Shape.NotACall)
                    continue;
                if (shape == Shape.Undecided || patternInStatement || switchBodies > 0 || (brackets.Count > 0 && brackets.Peek() == '['))
                    return false;
                literals.Add(tokens[literal]);
            }

            return true;
        }

        private static Shape Classify(string text, List<ScanToken> tokens, int name, out int literal)
        {
            literal = -1;

            // Before the name: alias::X is no call shape we read; new A.B.X(…) creates an object.
            if (name >= 2 && IsDoubleColon(text, tokens, name - 2))
                return Shape.NotACall;
            int first = name;
            while (first >= 2 && IsPunctuation(text, tokens[first - 1], '.') && tokens[first - 2].Kind == ScanTokenKind.Identifier)
                first -= 2;
            while (first >= 3 && IsDoubleColon(text, tokens, first - 2) && tokens[first - 3].Kind == ScanTokenKind.Identifier)
                first -= 3;
            if (first >= 1)
            {
                ScanToken before = tokens[first - 1];
                if (IsWord(text, before, "new"))
                    return Shape.NotACall;
                if (first >= 2 && IsPunctuation(text, before, '.') && IsPunctuation(text, tokens[first - 2], '>'))
                    return Shape.Undecided; // List<int>.X(…) may name a type: new List<int>.X(…) creates one
            }

            int next = name + 1;
            if (next >= tokens.Count)
                return Shape.NotACall;
            if (IsPunctuation(text, tokens[next], '<'))
                return HasStringCallAhead(text, tokens, next) ? Shape.Undecided : Shape.NotACall;
            if (!IsPunctuation(text, tokens[next], '('))
                return Shape.NotACall;

            int argument = next + 1;
            if (argument + 1 < tokens.Count && tokens[argument].Kind == ScanTokenKind.Identifier
                && IsPunctuation(text, tokens[argument + 1], ':') && !IsDoubleColon(text, tokens, argument + 1))
            {
                if (!IsName(text, tokens[argument], "message"))
                    return Shape.NotACall;
                argument += 2;
            }

            if (argument + 1 >= tokens.Count)
                return Shape.NotACall;
            if (tokens[argument].Kind != ScanTokenKind.String)
                return MayStartConstant(text, tokens[argument]) ? Shape.Undecided : Shape.NotACall;
            ScanToken after = tokens[argument + 1];
            if (IsPunctuation(text, after, '+'))
                return Shape.Undecided; // "E131: " + Suffix: a constant only the parser and the folding can read
            if (!IsPunctuation(text, after, ',') && !IsPunctuation(text, after, ')'))
                return Shape.NotACall;
            literal = argument;
            return Shape.Call;
        }

        /// <summary>
        /// A message argument that may be a constant expression (a name, a parenthesis, an interpolated string): the file
        /// goes to the parser, and the build folds the constant (see <see cref="I18nToolkit.Syntax.MessageCallSyntax.MayBeConstant"/>).
        /// </summary>
        private static bool MayStartConstant(string text, ScanToken token) => token.Kind switch
        {
            ScanTokenKind.Identifier => !IsWord(text, token, "null") && !IsWord(text, token, "default") && !IsWord(text, token, "new")
                && !IsWord(text, token, "true") && !IsWord(text, token, "false") && !IsWord(text, token, "this"),
            ScanTokenKind.Punctuation => text[token.Start] == '(',
            ScanTokenKind.Other => text[token.Start] == '$' || (text[token.Start] == '@' && token.Length > 1 && text[token.Start + 1] == '$'),
            _ => false,
        };

        /// <summary>After <c>X&lt;</c>: is there a <c>(</c> and a string before the statement ends? Then it may be a generic call.</summary>
        private static bool HasStringCallAhead(string text, List<ScanToken> tokens, int from)
        {
            for (int i = from; i + 1 < tokens.Count && i < from + 64; i++)
            {
                if (IsPunctuation(text, tokens[i], ';') || IsPunctuation(text, tokens[i], '{'))
                    return false;
                if (IsPunctuation(text, tokens[i], '(') && tokens[i + 1].Kind == ScanTokenKind.String)
                    return true;
            }

            return false;
        }

        /// <summary>A string whose text starts with an ID-like word and ": " (the extractor checks the project's pattern).</summary>
        private static bool StartsLikeMessage(string text, ScanToken token)
        {
            int i = token.Start;
            int end = token.Start + token.Length;
            while (i < end && (text[i] == '@' || text[i] == '$' || text[i] == '"'))
                i++;
            int word = i;
            while (i < end && i - word <= 16 && (char.IsLetterOrDigit(text[i]) || text[i] == '_' || text[i] == '-'))
                i++;
            return i > word && i + 1 < end && text[i] == ':' && text[i + 1] == ' ';
        }

        private static bool IsPunctuation(string text, ScanToken token, char c) =>
            token.Kind == ScanTokenKind.Punctuation && text[token.Start] == c;

        private static bool IsDoubleColon(string text, List<ScanToken> tokens, int first) =>
            first + 1 < tokens.Count && IsPunctuation(text, tokens[first], ':') && IsPunctuation(text, tokens[first + 1], ':')
            && tokens[first + 1].Start == tokens[first].Start + 1;

        /// <summary>A keyword as written (<c>@new</c> is an identifier, not the keyword).</summary>
        private static bool IsWord(string text, ScanToken token, string word) =>
            token.Kind == ScanTokenKind.Identifier && token.Length == word.Length
            && string.CompareOrdinal(text, token.Start, word, 0, word.Length) == 0;

        /// <summary>An identifier's value: <c>@X</c> is <c>X</c>.</summary>
        private static bool IsName(string text, ScanToken token, char name)
        {
            int offset = text[token.Start] == '@' ? 1 : 0;
            return token.Length == 1 + offset && text[token.Start + offset] == name;
        }

        private static bool IsName(string text, ScanToken token, string name)
        {
            int offset = text[token.Start] == '@' ? 1 : 0;
            return token.Kind == ScanTokenKind.Identifier && token.Length == name.Length + offset
                && string.CompareOrdinal(text, token.Start + offset, name, 0, name.Length) == 0;
        }
    }
}
