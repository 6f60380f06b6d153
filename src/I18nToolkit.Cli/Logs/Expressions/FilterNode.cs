using System.Collections.Generic;

namespace I18nToolkit.Cli.Logs.Expressions
{
    /// <summary>
    /// One node of a parsed filter. A single node type with a kind keeps the tree, its printer and its evaluator
    /// small; <see cref="Children"/> hold the operands in source order.
    /// </summary>
    internal sealed class FilterNode
    {
        public FilterNode(FilterNodeKind kind, int position, IReadOnlyList<FilterNode>? children = null)
        {
            Kind = kind;
            Position = position;
            Children = children ?? System.Array.Empty<FilterNode>();
        }

        public FilterNodeKind Kind { get; }

        /// <summary>Where the node starts in the expression (0-based).</summary>
        public int Position { get; }

        public IReadOnlyList<FilterNode> Children { get; }

        /// <summary>A constant's value, a field's name (<c>@l</c>, <c>Application</c>), an operator, or a function's name.</summary>
        public string? Text { get; set; }

        /// <summary>A constant's value.</summary>
        public LogValue Value { get; set; }

        /// <summary><c>not like</c>, <c>not in</c>, <c>not between</c>, <c>is not null</c>.</summary>
        public bool Negated { get; set; }

        /// <summary>The <c>ci</c> modifier: text compared without regard to case.</summary>
        public bool IgnoreCase { get; set; }

        /// <summary>
        /// An <c>in</c> with one parenthesized item: <c>x in (a)</c> is the language's own syntax (a parenthesized
        /// operand, not a list), so it keeps the language's meaning and is never read as the JMS list <c>x in [a]</c>.
        /// </summary>
        public bool ParenthesizedOperand { get; set; }

        public static FilterNode Constant(LogValue value, int position) => new FilterNode(FilterNodeKind.Constant, position) { Value = value };

        public static FilterNode Field(string name, int position) => new FilterNode(FilterNodeKind.Field, position) { Text = name };

        /// <summary>The expression written back in canonical form (fully parenthesized), for tests and error messages.</summary>
        public override string ToString()
        {
            string Ci() => IgnoreCase ? " ci" : string.Empty;
            string Not() => Negated ? "not " : string.Empty;
            switch (Kind)
            {
                case FilterNodeKind.Constant:
                    return Value.ToLiteral();
                case FilterNodeKind.Field:
                    return FieldSyntax(Text!);
                case FilterNodeKind.Compare:
                    return $"({Children[0]} {Text} {Children[1]}{Ci()})";
                case FilterNodeKind.Like:
                    return $"({Children[0]} {Not()}like {Children[1]}{Ci()})";
                case FilterNodeKind.In:
                    return $"({Children[0]} {Not()}in ({string.Join(", ", Skip(1))}){Ci()})";
                case FilterNodeKind.Between:
                    return $"({Children[0]} {Not()}between {Children[1]} and {Children[2]})";
                case FilterNodeKind.IsNull:
                    return $"({Children[0]} is {Not()}null)";
                case FilterNodeKind.And:
                    return $"({Children[0]} and {Children[1]})";
                case FilterNodeKind.Or:
                    return $"({Children[0]} or {Children[1]})";
                case FilterNodeKind.Not:
                    return $"(not {Children[0]})";
                default:
                    return $"{Text}({string.Join(", ", Children)}){Ci()}";
            }
        }

        /// <summary>
        /// The expression in Serilog.Expressions' own syntax, fully parenthesized: what the extensions mean.
        /// <c>x between a and b</c> is <c>(x &gt;= a and x &lt;= b)</c>, <c>not between</c> its <c>not</c>;
        /// <c>x in ('a', 'b')</c> is <c>x in ['a', 'b']</c>; <c>!=</c> is <c>&lt;&gt;</c>; <c>Has(x)</c> is <c>IsDefined(x)</c>.
        /// </summary>
        public string ToSerilog()
        {
            string Ci() => IgnoreCase ? " ci" : string.Empty;
            string Not() => Negated ? "not " : string.Empty;
            switch (Kind)
            {
                case FilterNodeKind.Constant:
                    return Value.Kind == LogValueKind.Undefined ? "undefined()" : Value.ToLiteral();
                case FilterNodeKind.Field:
                    return FieldSyntax(Text!);
                case FilterNodeKind.Compare:
                    return $"({Children[0].ToSerilog()} {Text} {Children[1].ToSerilog()}{Ci()})";
                case FilterNodeKind.Like:
                    return $"({Children[0].ToSerilog()} {Not()}like {Children[1].ToSerilog()}{Ci()})";
                case FilterNodeKind.In when ParenthesizedOperand:
                    return $"({Children[0].ToSerilog()} {Not()}in ({Children[1].ToSerilog()}){Ci()})";
                case FilterNodeKind.In:
                    var items = new List<string>();
                    foreach (FilterNode item in Skip(1))
                        items.Add(item.ToSerilog());
                    return $"({Children[0].ToSerilog()} {Not()}in [{string.Join(", ", items)}]{Ci()})";
                case FilterNodeKind.Between:
                    string x = Children[0].ToSerilog();
                    string both = $"({x} >= {Children[1].ToSerilog()} and {x} <= {Children[2].ToSerilog()})";
                    return Negated ? $"(not {both})" : both;
                case FilterNodeKind.IsNull:
                    return $"({Children[0].ToSerilog()} is {Not()}null)";
                case FilterNodeKind.And:
                    return $"({Children[0].ToSerilog()} and {Children[1].ToSerilog()})";
                case FilterNodeKind.Or:
                    return $"({Children[0].ToSerilog()} or {Children[1].ToSerilog()})";
                case FilterNodeKind.Not:
                    return $"(not {Children[0].ToSerilog()})";
                default:
                    var args = new List<string>();
                    foreach (FilterNode child in Children)
                        args.Add(child.ToSerilog());
                    return $"{(Text == "Has" ? "IsDefined" : Text)}({string.Join(", ", args)}){Ci()}";
            }
        }

        private IEnumerable<FilterNode> Skip(int count)
        {
            for (int i = count; i < Children.Count; i++)
                yield return Children[i];
        }

        private static string FieldSyntax(string name)
        {
            if (name.StartsWith("@", System.StringComparison.Ordinal))
                return name;
            foreach (char c in name)
            {
                if (!char.IsLetterOrDigit(c) && c != '_' && c != '.')
                    return "@p['" + name.Replace("'", "''") + "']";
            }

            return char.IsLetter(name[0]) || name[0] == '_' ? name : "@p['" + name + "']";
        }
    }
}
