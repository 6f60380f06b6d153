namespace I18nToolkit.Cli.Logs.Expressions
{
    internal enum LogValueKind : byte
    {
        /// <summary>The record has no such field.</summary>
        Undefined,
        Null,
        String,
        Number,
        Boolean,

        /// <summary>A JSON object or array, kept as its JSON text.</summary>
        Structure,
    }
}
