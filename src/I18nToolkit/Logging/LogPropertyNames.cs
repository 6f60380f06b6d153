namespace I18nToolkit.Logging
{
    /// <summary>
    /// The names of the properties every localized log record carries beside its holes, on every logging path
    /// (Microsoft.Extensions.Logging, Serilog, the JSON lines): what filters and dashboards select on.
    /// </summary>
    public static class LogPropertyNames
    {
        /// <summary>The message ID (<c>E131</c>); absent when the message has none.</summary>
        public const string MessageId = "MessageId";

        /// <summary>The Localizer's prefix (<c>PayrollSync</c>): with the ID, what identifies a message across projects.</summary>
        public const string MessagePrefix = "MessagePrefix";

        /// <summary>The message as written in code (English); present when the record was rendered from a translation.</summary>
        public const string EnglishFormat = "EnglishFormat";

        /// <summary>Microsoft.Extensions.Logging's name for the template a record was rendered from.</summary>
        public const string OriginalFormat = "{OriginalFormat}";
    }
}
