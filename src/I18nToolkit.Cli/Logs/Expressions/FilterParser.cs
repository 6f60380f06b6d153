using System;
using System.Collections.Generic;
using System.Globalization;

namespace I18nToolkit.Cli.Logs.Expressions
{
    /// <summary>
    /// Parses a filter in the syntax of Serilog.Expressions' filters where the two overlap, plus the JMS selector forms:
    /// <code>
    /// or       := and ('or' and)*
    /// and      := not ('and' not)*
    /// not      := 'not' not | test
    /// test     := operand ( op operand ['ci']
    ///                     | ['not'] 'like' operand ['ci']
    ///                     | ['not'] 'in' '(' operand (',' operand)* ')' ['ci']
    ///                     | ['not'] 'between' operand 'and' operand
    ///                     | 'is' ['not'] 'null' )?
    /// operand  := string | number | true | false | null | name | @t @l @m @mt @x @i | @p['name'] | function '(' args ')' ['ci'] | '(' or ')'
    /// op       := = | &lt;&gt; | != | &lt; | &lt;= | &gt; | &gt;=
    /// </code>
    /// Keywords are case-insensitive; names are not. Errors carry the position and what was expected there.
    /// </summary>
    internal sealed class FilterParser
    {
        private static readonly HashSet<string> BuiltIns = new HashSet<string>(StringComparer.Ordinal) { "@t", "@l", "@m", "@mt", "@x", "@i" };
        private static readonly HashSet<string> Functions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Has", "StartsWith", "EndsWith", "Contains" };
        private static readonly HashSet<string> Keywords = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "and", "or", "not", "like", "in", "between", "is", "null", "true", "false", "ci" };

        private readonly string _expression;
        private readonly List<FilterToken> _tokens;
        private int _next;

        private FilterParser(string expression)
        {
            _expression = expression;
            _tokens = FilterLexer.Tokenize(expression);
        }

        /// <exception cref="FilterSyntaxException">The expression is malformed.</exception>
        public static FilterNode Parse(string expression)
        {
            if (string.IsNullOrWhiteSpace(expression))
                throw new FilterSyntaxException(expression ?? string.Empty, 0, "the expression is empty");
            var parser = new FilterParser(expression);
            FilterNode node = parser.ParseOr();
            FilterToken end = parser.Peek;
            if (end.Kind != FilterTokenKind.End)
                throw parser.Error(end, "expected 'and', 'or' or the end of the expression");
            return node;
        }

        private FilterToken Peek => _tokens[_next];

        private FilterToken Take() => _tokens[_next++];

        private FilterSyntaxException Error(FilterToken at, string expected) =>
            new FilterSyntaxException(_expression, at.Position, $"{expected}, found {at.Describe()}");

        private FilterNode ParseOr()
        {
            FilterNode left = ParseAnd();
            while (Peek.Is("or"))
            {
                FilterToken op = Take();
                left = new FilterNode(FilterNodeKind.Or, op.Position, new[] { left, ParseAnd() });
            }

            return left;
        }

        private FilterNode ParseAnd()
        {
            FilterNode left = ParseNot();
            while (Peek.Is("and"))
            {
                FilterToken op = Take();
                left = new FilterNode(FilterNodeKind.And, op.Position, new[] { left, ParseNot() });
            }

            return left;
        }

        private FilterNode ParseNot()
        {
            if (Peek.Is("not"))
            {
                FilterToken op = Take();
                return new FilterNode(FilterNodeKind.Not, op.Position, new[] { ParseNot() });
            }

            return ParseTest();
        }

        private FilterNode ParseTest()
        {
            FilterNode left = ParseOperand();
            FilterToken token = Peek;
            if (token.Kind == FilterTokenKind.Operator)
            {
                Take();
                string op = token.Text == "!=" ? "<>" : token.Text;
                FilterNode right = ParseOperand();
                return new FilterNode(FilterNodeKind.Compare, left.Position, new[] { left, right }) { Text = op, IgnoreCase = TakeCi() };
            }

            bool negated = false;
            if (token.Is("not") && (PeekAt(1).Is("like") || PeekAt(1).Is("in") || PeekAt(1).Is("between")))
            {
                Take();
                negated = true;
                token = Peek;
            }

            if (token.Is("like"))
            {
                Take();
                FilterNode pattern = ParseOperand();
                return new FilterNode(FilterNodeKind.Like, left.Position, new[] { left, pattern }) { Negated = negated, IgnoreCase = TakeCi() };
            }

            if (token.Is("in"))
            {
                Take();
                Expect(FilterTokenKind.LeftParen, "expected '(' to start the list after 'in'");
                var items = new List<FilterNode> { left };
                do
                {
                    items.Add(ParseOperand());
                }
                while (TakeIf(FilterTokenKind.Comma));
                Expect(FilterTokenKind.RightParen, "expected ',' or ')' in the list after 'in'");
                return new FilterNode(FilterNodeKind.In, left.Position, items) { Negated = negated, IgnoreCase = TakeCi(), ParenthesizedOperand = items.Count == 2 };
            }

            if (token.Is("between"))
            {
                Take();
                FilterNode low = ParseOperand();
                if (!Peek.Is("and"))
                    throw Error(Peek, "expected 'and' between the bounds of 'between'");
                Take();
                FilterNode high = ParseOperand();
                return new FilterNode(FilterNodeKind.Between, left.Position, new[] { left, low, high }) { Negated = negated };
            }

            if (token.Is("is"))
            {
                Take();
                bool not = false;
                if (Peek.Is("not"))
                {
                    Take();
                    not = true;
                }

                if (!Peek.Is("null"))
                    throw Error(Peek, "expected 'null' after 'is'" + (not ? " not" : " (or 'is not null')"));
                Take();
                return new FilterNode(FilterNodeKind.IsNull, left.Position, new[] { left }) { Negated = not };
            }

            return left;
        }

        private FilterToken PeekAt(int offset) => _tokens[Math.Min(_next + offset, _tokens.Count - 1)];

        private bool TakeCi()
        {
            if (!Peek.Is("ci"))
                return false;
            Take();
            return true;
        }

        private bool TakeIf(FilterTokenKind kind)
        {
            if (Peek.Kind != kind)
                return false;
            Take();
            return true;
        }

        private void Expect(FilterTokenKind kind, string expected)
        {
            if (Peek.Kind != kind)
                throw Error(Peek, expected);
            Take();
        }

        private FilterNode ParseOperand()
        {
            FilterToken token = Take();
            switch (token.Kind)
            {
                case FilterTokenKind.String:
                    return FilterNode.Constant(LogValue.String(token.Text), token.Position);
                case FilterTokenKind.Number:
                    if (!double.TryParse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number))
                        throw new FilterSyntaxException(_expression, token.Position, $"'{token.Text}' is not a number");
                    return FilterNode.Constant(LogValue.FromNumber(number, token.Text), token.Position);
                case FilterTokenKind.LeftParen:
                    FilterNode inner = ParseOr();
                    Expect(FilterTokenKind.RightParen, "expected ')'");
                    return inner;
                case FilterTokenKind.BuiltIn:
                    if (token.Text == "@p")
                    {
                        Expect(FilterTokenKind.LeftBracket, "expected [ after @p, as in @p['name']");
                        FilterToken name = Take();
                        if (name.Kind != FilterTokenKind.String || name.Text.Length == 0)
                            throw Error(name, "expected a property name in single quotes, as in @p['name']");
                        Expect(FilterTokenKind.RightBracket, "expected ] after the property name");
                        return FilterNode.Field(name.Text, token.Position);
                    }

                    if (!BuiltIns.Contains(token.Text))
                        throw new FilterSyntaxException(_expression, token.Position, $"unknown built-in '{token.Text}': expected @t, @l, @m, @mt, @x, @i or @p['name']");
                    return FilterNode.Field(token.Text, token.Position);
                case FilterTokenKind.Identifier:
                    if (token.Is("true") || token.Is("false"))
                        return FilterNode.Constant(LogValue.Boolean(token.Is("true")), token.Position);
                    if (token.Is("null"))
                        return FilterNode.Constant(LogValue.Null, token.Position);
                    if (Peek.Kind == FilterTokenKind.LeftParen && Functions.Contains(token.Text))
                        return ParseCall(token);
                    if (Keywords.Contains(token.Text))
                        throw Error(token, "expected a property, a string, a number or '('");
                    return FilterNode.Field(token.Text, token.Position);
                default:
                    throw Error(token, "expected a property, a string, a number or '('");
            }
        }

        private FilterNode ParseCall(FilterToken name)
        {
            Take(); // (
            var args = new List<FilterNode>();
            if (Peek.Kind != FilterTokenKind.RightParen)
            {
                do
                {
                    args.Add(ParseOperand());
                }
                while (TakeIf(FilterTokenKind.Comma));
            }

            Expect(FilterTokenKind.RightParen, $"expected ',' or ')' in the arguments of {name.Text}");
            string canonical = name.Text.ToLowerInvariant() switch
            {
                "has" => "Has",
                "startswith" => "StartsWith",
                "endswith" => "EndsWith",
                _ => "Contains",
            };
            int expected = canonical == "Has" ? 1 : 2;
            if (args.Count != expected)
                throw new FilterSyntaxException(_expression, name.Position, $"{canonical} takes {expected} argument{(expected == 1 ? string.Empty : "s")}, not {args.Count}");
            return new FilterNode(FilterNodeKind.Call, name.Position, args) { Text = canonical, IgnoreCase = TakeCi() };
        }
    }
}
