using System.Collections.Generic;
using System.Text;

namespace I18nToolkit.Cli.Logs.Expressions
{
    /// <summary>
    /// Splits a filter into tokens: names (letters, digits, <c>_</c>, dotted paths), built-ins (<c>@t</c>, <c>@l</c>, …),
    /// single-quoted strings with <c>''</c> for a quote, numbers, <c>= &lt;&gt; != &lt; &lt;= &gt; &gt;=</c>, parentheses,
    /// brackets and commas.
    /// </summary>
    internal static class FilterLexer
    {
        public static List<FilterToken> Tokenize(string expression)
        {
            var tokens = new List<FilterToken>();
            int i = 0;
            while (i < expression.Length)
            {
                char c = expression[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }

                int start = i;
                if (char.IsLetter(c) || c == '_' || c == '@')
                {
                    i++;
                    while (i < expression.Length && (char.IsLetterOrDigit(expression[i]) || expression[i] == '_' || expression[i] == '.'))
                        i++;
                    string word = expression.Substring(start, i - start);
                    if (word.EndsWith(".", System.StringComparison.Ordinal))
                        throw new FilterSyntaxException(expression, i, "expected a property name after '.'");
                    if (c == '@' && word.Length == 1)
                        throw new FilterSyntaxException(expression, start, "expected a built-in after '@' (@t, @l, @m, @mt, @x, @i, @p)");
                    tokens.Add(new FilterToken(c == '@' ? FilterTokenKind.BuiltIn : FilterTokenKind.Identifier, word, start));
                    continue;
                }

                if (char.IsDigit(c) || (c == '-' && i + 1 < expression.Length && char.IsDigit(expression[i + 1])))
                {
                    i++;
                    while (i < expression.Length && (char.IsDigit(expression[i]) || expression[i] == '.' || expression[i] == 'e' || expression[i] == 'E'
                        || ((expression[i] == '-' || expression[i] == '+') && (expression[i - 1] == 'e' || expression[i - 1] == 'E'))))
                        i++;
                    tokens.Add(new FilterToken(FilterTokenKind.Number, expression.Substring(start, i - start), start));
                    continue;
                }

                switch (c)
                {
                    case '\'':
                        tokens.Add(new FilterToken(FilterTokenKind.String, ReadString(expression, ref i), start));
                        continue;
                    case '(':
                        tokens.Add(new FilterToken(FilterTokenKind.LeftParen, "(", i++));
                        continue;
                    case ')':
                        tokens.Add(new FilterToken(FilterTokenKind.RightParen, ")", i++));
                        continue;
                    case '[':
                        tokens.Add(new FilterToken(FilterTokenKind.LeftBracket, "[", i++));
                        continue;
                    case ']':
                        tokens.Add(new FilterToken(FilterTokenKind.RightBracket, "]", i++));
                        continue;
                    case ',':
                        tokens.Add(new FilterToken(FilterTokenKind.Comma, ",", i++));
                        continue;
                    case '=':
                        tokens.Add(new FilterToken(FilterTokenKind.Operator, "=", i++));
                        continue;
                    case '<':
                    case '>':
                    case '!':
                        string op = i + 1 < expression.Length && (expression[i + 1] == '=' || (c == '<' && expression[i + 1] == '>'))
                            ? expression.Substring(i, 2) : c.ToString();
                        if (op == "!")
                            throw new FilterSyntaxException(expression, i, "expected '!=' or 'not'");
                        tokens.Add(new FilterToken(FilterTokenKind.Operator, op, i));
                        i += op.Length;
                        continue;
                    case '"':
                        throw new FilterSyntaxException(expression, i, "strings are written in single quotes: 'text' ('' for a quote)");
                    default:
                        throw new FilterSyntaxException(expression, i, $"unexpected character '{c}'");
                }
            }

            tokens.Add(new FilterToken(FilterTokenKind.End, string.Empty, expression.Length));
            return tokens;
        }

        private static string ReadString(string expression, ref int i)
        {
            int start = i++;
            var value = new StringBuilder();
            while (i < expression.Length)
            {
                if (expression[i] == '\'')
                {
                    if (i + 1 < expression.Length && expression[i + 1] == '\'')
                    {
                        value.Append('\'');
                        i += 2;
                        continue;
                    }

                    i++;
                    return value.ToString();
                }

                value.Append(expression[i++]);
            }

            throw new FilterSyntaxException(expression, start, "the string is not closed: expected a closing ' (write '' for a quote inside)");
        }
    }
}
