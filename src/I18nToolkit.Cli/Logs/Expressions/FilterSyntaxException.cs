using System;

namespace I18nToolkit.Cli.Logs.Expressions
{
    /// <summary>A malformed filter expression: where (0-based character position) and what was expected there.</summary>
    internal sealed class FilterSyntaxException : Exception
    {
        public FilterSyntaxException(string expression, int position, string problem)
            : base(problem)
        {
            Expression = expression;
            Position = position;
            Problem = problem;
        }

        public string Expression { get; }

        public int Position { get; }

        public string Problem { get; }

        /// <summary>
        /// The expression, a caret under the position, and the problem: what the user sees. A long expression is shown
        /// around the position only, and control characters as escapes, so the caret stays under the right place.
        /// </summary>
        public string Describe()
        {
            const int Around = 60;
            int position = System.Math.Min(System.Math.Max(Position, 0), Expression.Length);
            int start = System.Math.Max(0, position - Around), end = System.Math.Min(Expression.Length, position + Around);
            string before = (start > 0 ? "…" : string.Empty) + Logs.Formatting.SafeText.Neutralize(Expression.Substring(start, position - start));
            string after = Logs.Formatting.SafeText.Neutralize(Expression.Substring(position, end - position)) + (end < Expression.Length ? "…" : string.Empty);
            return $"the expression is not valid at position {position + 1}: {Logs.Formatting.SafeText.Quote(Problem, 300)}\n  {before}{after}\n  {new string(' ', before.Length)}^";
        }
    }
}
