namespace I18nToolkit.Grammar.Choices
{
    /// <summary>What a plural branch's <c>#</c> shows when the plural has an offset: the value less the offset, of the value's own kind.</summary>
    internal static class PluralNumber
    {
        public static object? Less(object? value, long offset) => value switch
        {
            int v => v - offset,
            long v => v - offset,
            short v => v - offset,
            sbyte v => v - offset,
            byte v => v - offset,
            ushort v => v - offset,
            uint v => v - offset,
            ulong v => (decimal)v - offset,
            decimal v => v - offset,
            double v => v - offset,
            float v => v - offset,
            _ => value,
        };
    }
}
