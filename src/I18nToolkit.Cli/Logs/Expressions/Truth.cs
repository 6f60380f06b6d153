namespace I18nToolkit.Cli.Logs.Expressions
{
    /// <summary>SQL's three values: a test on a field the record lacks is <see cref="Unknown"/>, and only <see cref="True"/> passes.</summary>
    internal enum Truth : byte
    {
        False,
        True,
        Unknown,
    }
}
