namespace I18nToolkit.Cli.Logs.Expressions
{
    /// <summary>
    /// Bounds on a filter expression, checked before any parser sees it: parsers and the compiled expression recurse
    /// once per level, so <c>((((…</c> 5,000 deep or 20,000 <c>not</c>s would overflow the stack and kill the tool
    /// instead of being refused. Real filters are a line or two.
    /// </summary>
    internal static class ExpressionLimits
    {
        /// <summary>The longest expression, in characters.</summary>
        public const int MaxLength = 16 * 1024;

        /// <summary>The deepest nesting of brackets and prefix operators (<c>not</c>, <c>-</c>).</summary>
        public const int MaxDepth = 128;

        /// <summary>The most binary operators (<c>and or = + …</c>): a long chain nests as deep as parentheses do.</summary>
        public const int MaxOperators = 1000;

        /// <exception cref="FilterSyntaxException">A limit is crossed; the position is where.</exception>
        public static void Check(string expression)
        {
            if (expression.Length > MaxLength)
                throw new FilterSyntaxException(expression, MaxLength, $"the expression is longer than {MaxLength:N0} characters");
            int depth = 0, prefix = 0, operators = 0;
            for (int i = 0; i < expression.Length; i++)
            {
                char c = expression[i];
                switch (c)
                {
                    case '\'':
                        // A string: '' is a quote inside it.
                        for (i++; i < expression.Length; i++)
                        {
                            if (expression[i] == '\'' && (i + 1 >= expression.Length || expression[++i] != '\''))
                            {
                                i--;
                                break;
                            }
                        }

                        i++;
                        prefix = 0;
                        continue;
                    case '(':
                    case '[':
                    case '{':
                        depth++;
                        break;
                    case ')':
                    case ']':
                    case '}':
                        depth--;
                        prefix = 0;
                        break;
                    case '-':
                        prefix++;
                        operators++;
                        break;
                    case '=':
                    case '<':
                    case '>':
                    case '+':
                    case '*':
                    case '/':
                    case '%':
                    case '^':
                        operators++;
                        break;
                    default:
                        if (char.IsLetter(c) && (i == 0 || !IsWordChar(expression[i - 1])))
                        {
                            int start = i;
                            while (i + 1 < expression.Length && IsWordChar(expression[i + 1]))
                                i++;
                            string word = expression.Substring(start, i - start + 1).ToLowerInvariant();
                            if (word == "not")
                                prefix++;
                            else if (word == "and" || word == "or" || word == "like" || word == "in" || word == "between" || word == "is")
                                operators++;
                            else
                                prefix = 0;
                        }
                        else if (!char.IsWhiteSpace(c))
                        {
                            prefix = 0;
                        }

                        break;
                }

                if (depth + prefix > MaxDepth)
                    throw new FilterSyntaxException(expression, i, $"nesting deeper than {MaxDepth} levels (brackets and 'not'/'-'); write the expression flatter");
                if (operators > MaxOperators)
                    throw new FilterSyntaxException(expression, i, $"more than {MaxOperators:N0} operators; write a shorter expression");
            }
        }

        private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '@';
    }
}
