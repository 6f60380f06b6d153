using System.Globalization;

namespace I18nToolkit.Grammar
{
    /// <summary>
    /// The level names of structured log records, as CLEF and Serilog.Expressions spell them: <c>Verbose Debug
    /// Information Warning Error Fatal</c>. Microsoft.Extensions.Logging's <c>Trace</c> and <c>Critical</c> are
    /// <c>Verbose</c> and <c>Fatal</c>. Shared by the toolkit's writers and the <c>i18n logs</c> readers, so a level
    /// written is the level filtered on.
    /// </summary>
    internal static class LogLevelNames
    {
        public const string Verbose = "Verbose";
        public const string Debug = "Debug";
        public const string Information = "Information";
        public const string Warning = "Warning";
        public const string Error = "Error";
        public const string Fatal = "Fatal";

        /// <summary>The name of a Microsoft.Extensions.Logging level by its number (<c>LogLevel.Trace</c> = 0 … <c>Critical</c> = 5).</summary>
        public static string FromMicrosoftLevel(int level) => level switch
        {
            0 => Verbose,
            1 => Debug,
            3 => Warning,
            4 => Error,
            5 => Fatal,
            _ => Information,
        };

        /// <summary>A level as read from a record or a filter, in the names above (<c>Trace</c> → <c>Verbose</c>, <c>Warn</c> → <c>Warning</c>…); unknown names unchanged.</summary>
        public static string Normalize(string level) => level switch
        {
            "Trace" => Verbose,
            "Critical" => Fatal,
            "Info" => Information,
            "Warn" => Warning,
            _ => level,
        };

        /// <summary>The three-letter form of text output (<c>INF</c>, <c>WRN</c>…).</summary>
        public static string Abbreviation(string level) => Normalize(level) switch
        {
            Verbose => "VRB",
            Debug => "DBG",
            Information => "INF",
            Warning => "WRN",
            Error => "ERR",
            Fatal => "FTL",
            var other => other.Length > 3 ? other.Substring(0, 3).ToUpper(CultureInfo.InvariantCulture) : other,
        };
    }
}
