using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace I18nToolkit.Build.Extraction
{
    /// <summary>
    /// Translations must exist for every configuration, so extraction reads every <c>#if</c>/<c>#elif</c>/<c>#else</c>
    /// branch of a file, not only those live in the build at hand. This finds the preprocessor symbol sets under which,
    /// together, every branch is live: for each branch, the conditions on its way (its own, the negations of the
    /// branches before it, its enclosing branches') are solved over the symbols they name. Each set is one parse.
    /// </summary>
    internal static class ConditionalBranches
    {
        // 2^12 evaluations of a short condition: still nothing next to a parse.
        private const int MaxSymbolsPerBranch = 12;

        /// <summary>One branch: where its directive is, and what must hold for it to be live.</summary>
        internal sealed class Branch
        {
            public Branch(DirectiveTriviaSyntax directive, IReadOnlyList<(ExpressionSyntax Condition, bool Holds)> path)
            {
                Position = directive.SpanStart;
                Line = directive.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                Path = path;
            }

            public int Position { get; }

            public int Line { get; }

            public IReadOnlyList<(ExpressionSyntax Condition, bool Holds)> Path { get; }

            /// <summary>The symbols that make the branch live, or null when none do (dead in every configuration) or too many are named to try.</summary>
            public string[]? Symbols { get; set; }

            public bool Solvable { get; set; }
        }

        /// <summary>The conditional directives of <paramref name="root"/> (active or not), in text order.</summary>
        public static List<DirectiveTriviaSyntax> Directives(SyntaxNode root) =>
            root.DescendantTrivia(descendIntoTrivia: true).Select(t => t.GetStructure()).OfType<DirectiveTriviaSyntax>()
                .Where(d => d is IfDirectiveTriviaSyntax || d is ElifDirectiveTriviaSyntax || d is ElseDirectiveTriviaSyntax || d is EndIfDirectiveTriviaSyntax)
                .ToList();

        /// <summary>Every branch of the file with the symbols that make it live.</summary>
        public static List<Branch> Plan(SyntaxNode root)
        {
            var branches = new List<Branch>();
            var groups = new Stack<(List<ExpressionSyntax> Prior, List<(ExpressionSyntax, bool)> Base, List<(ExpressionSyntax, bool)> Current)>();
            foreach (DirectiveTriviaSyntax directive in Directives(root))
            {
                List<(ExpressionSyntax, bool)> outer = groups.Count == 0 ? new List<(ExpressionSyntax, bool)>() : groups.Peek().Current;
                switch (directive)
                {
                    case IfDirectiveTriviaSyntax @if:
                    {
                        var path = new List<(ExpressionSyntax, bool)>(outer) { (@if.Condition, true) };
                        groups.Push((new List<ExpressionSyntax> { @if.Condition }, outer, path));
                        branches.Add(new Branch(directive, path));
                        break;
                    }

                    case ElifDirectiveTriviaSyntax elif when groups.Count > 0:
                    {
                        var (prior, basePath, _) = groups.Pop();
                        var path = new List<(ExpressionSyntax, bool)>(basePath);
                        path.AddRange(prior.Select(p => (p, false)));
                        path.Add((elif.Condition, true));
                        prior.Add(elif.Condition);
                        groups.Push((prior, basePath, path));
                        branches.Add(new Branch(directive, path));
                        break;
                    }

                    case ElseDirectiveTriviaSyntax when groups.Count > 0:
                    {
                        var (prior, basePath, _) = groups.Pop();
                        var path = new List<(ExpressionSyntax, bool)>(basePath);
                        path.AddRange(prior.Select(p => (p, false)));
                        groups.Push((prior, basePath, path));
                        branches.Add(new Branch(directive, path));
                        break;
                    }

                    case EndIfDirectiveTriviaSyntax when groups.Count > 0:
                        groups.Pop();
                        break;
                }
            }

            foreach (Branch branch in branches)
                Solve(branch);
            return branches;
        }

        private static void Solve(Branch branch)
        {
            string[] symbols = branch.Path.SelectMany(c => c.Condition.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
                .Select(i => i.Identifier.ValueText).Distinct().OrderBy(s => s, System.StringComparer.Ordinal).ToArray();
            if (symbols.Length > MaxSymbolsPerBranch)
                return;
            branch.Solvable = true;
            for (int mask = 0; mask < 1 << symbols.Length; mask++)
            {
                var defined = new HashSet<string>(System.StringComparer.Ordinal);
                for (int i = 0; i < symbols.Length; i++)
                {
                    if ((mask & (1 << i)) != 0)
                        defined.Add(symbols[i]);
                }

                if (branch.Path.All(c => Evaluate(c.Condition, defined) == c.Holds))
                {
                    branch.Symbols = defined.OrderBy(s => s, System.StringComparer.Ordinal).ToArray();
                    return;
                }
            }
        }

        /// <summary>A directive condition as the compiler reads it: names, <c>true</c>/<c>false</c>, <c>! &amp;&amp; || == !=</c>, parentheses.</summary>
        private static bool Evaluate(ExpressionSyntax condition, HashSet<string> defined) => condition switch
        {
            ParenthesizedExpressionSyntax p => Evaluate(p.Expression, defined),
            PrefixUnaryExpressionSyntax u when u.IsKind(SyntaxKind.LogicalNotExpression) => !Evaluate(u.Operand, defined),
            BinaryExpressionSyntax b when b.IsKind(SyntaxKind.LogicalAndExpression) => Evaluate(b.Left, defined) && Evaluate(b.Right, defined),
            BinaryExpressionSyntax b when b.IsKind(SyntaxKind.LogicalOrExpression) => Evaluate(b.Left, defined) || Evaluate(b.Right, defined),
            BinaryExpressionSyntax b when b.IsKind(SyntaxKind.EqualsExpression) => Evaluate(b.Left, defined) == Evaluate(b.Right, defined),
            BinaryExpressionSyntax b when b.IsKind(SyntaxKind.NotEqualsExpression) => Evaluate(b.Left, defined) != Evaluate(b.Right, defined),
            LiteralExpressionSyntax l => l.IsKind(SyntaxKind.TrueLiteralExpression),
            IdentifierNameSyntax name => defined.Contains(name.Identifier.ValueText),
            _ => false,
        };
    }
}
