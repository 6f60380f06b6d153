namespace I18nToolkit.Cli.Logs.Expressions
{
    internal enum FilterTokenKind
    {
        End,
        Identifier,
        BuiltIn,
        String,
        Number,
        Operator,
        LeftParen,
        RightParen,
        LeftBracket,
        RightBracket,
        Comma,
    }
}
