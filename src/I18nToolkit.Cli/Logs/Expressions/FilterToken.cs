namespace I18nToolkit.Cli.Logs.Expressions
{
    /// <summary>One token of a filter expression; <see cref="Text"/> is the decoded value of a string literal.</summary>
    internal readonly struct FilterToken
    {
        public FilterToken(FilterTokenKind kind, string text, int position)
        {
            Kind = kind;
            Text = text;
            Position = position;
        }

        public FilterTokenKind Kind { get; }

        public string Text { get; }

        public int Position { get; }

        /// <summary>Whether this is the keyword <paramref name="word"/> (keywords are case-insensitive, as in SQL and Serilog.Expressions).</summary>
        public bool Is(string word) => Kind == FilterTokenKind.Identifier && string.Equals(Text, word, System.StringComparison.OrdinalIgnoreCase);

        public string Describe() => Kind switch
        {
            FilterTokenKind.End => "the end of the expression",
            FilterTokenKind.String => $"the string '{Text}'",
            _ => $"'{Text}'",
        };
    }
}
