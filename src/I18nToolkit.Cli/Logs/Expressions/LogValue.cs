using System.Globalization;

namespace I18nToolkit.Cli.Logs.Expressions
{
    /// <summary>A value in a log record or an expression: undefined, null, string, number, boolean, or a JSON structure.</summary>
    internal readonly struct LogValue
    {
        private LogValue(LogValueKind kind, string? text, double number)
        {
            Kind = kind;
            Text = text;
            Number = number;
        }

        public static LogValue Undefined => default;

        public static LogValue Null => new LogValue(LogValueKind.Null, null, 0);

        public LogValueKind Kind { get; }

        /// <summary>A string's text, a structure's JSON, or a number's text as written.</summary>
        public string? Text { get; }

        public double Number { get; }

        public bool IsTrue => Kind == LogValueKind.Boolean && Number != 0;

        public static LogValue String(string text) => new LogValue(LogValueKind.String, text, 0);

        public static LogValue FromNumber(double number, string? text = null) => new LogValue(LogValueKind.Number, text ?? number.ToString("R", CultureInfo.InvariantCulture), number);

        public static LogValue Boolean(bool value) => new LogValue(LogValueKind.Boolean, value ? "true" : "false", value ? 1 : 0);

        public static LogValue Structure(string json) => new LogValue(LogValueKind.Structure, json, 0);

        /// <summary>The value as an expression literal.</summary>
        public string ToLiteral() => Kind switch
        {
            LogValueKind.String => "'" + Text!.Replace("'", "''") + "'",
            LogValueKind.Null => "null",
            LogValueKind.Undefined => "undefined",
            _ => Text!,
        };

        /// <summary>The value as text for display and grouping: strings bare, others as written.</summary>
        public override string ToString() => Kind == LogValueKind.Undefined ? string.Empty : Kind == LogValueKind.Null ? "null" : Text ?? string.Empty;
    }
}
