namespace I18nToolkit.Cli.Logs.Expressions
{
    internal enum FilterNodeKind
    {
        /// <summary>A literal: string, number, true, false, null.</summary>
        Constant,

        /// <summary>A record field: a built-in (<c>@l</c>) or a property (<c>Application</c>, <c>A.B</c>, <c>@p['x y']</c>).</summary>
        Field,

        /// <summary><c>= &lt;&gt; &lt; &lt;= &gt; &gt;=</c>.</summary>
        Compare,

        Like,
        In,
        Between,
        IsNull,
        And,
        Or,
        Not,

        /// <summary>A function: <c>Has(x)</c>, <c>StartsWith(x, 'a')</c>, <c>EndsWith</c>, <c>Contains</c>.</summary>
        Call,
    }
}
