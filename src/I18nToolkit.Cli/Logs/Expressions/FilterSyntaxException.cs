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

        /// <summary>The expression, a caret under the position, and the problem: what the user sees.</summary>
        public string Describe() =>
            $"the expression is not valid at position {Position + 1}: {Problem}\n  {Expression.Replace('\n', ' ').Replace('\r', ' ')}\n  {new string(' ', Position)}^";
    }
}
