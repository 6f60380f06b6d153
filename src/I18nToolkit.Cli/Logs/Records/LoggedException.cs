using System;

namespace I18nToolkit.Cli.Logs.Records
{
    /// <summary>
    /// The exception of a record read from a log line: only its text survives the line (<c>@x</c>, MEL's
    /// <c>Exception</c>), so <c>ToString()</c> is that text and <c>Message</c> what follows the type on its first line
    /// (<c>System.IO.IOException: Disk full</c> → <c>Disk full</c>). A filter sees what a line can tell: the text, the
    /// message; not the type of an object the line never held.
    /// </summary>
    internal sealed class LoggedException : Exception
    {
        private readonly string _text;

        public LoggedException(string text)
            : base(MessageOf(text)) => _text = text;

        public override string ToString() => _text;

        private static string MessageOf(string text)
        {
            int end = text.IndexOf('\n');
            string first = (end < 0 ? text : text.Substring(0, end)).TrimEnd('\r');
            int colon = first.IndexOf(": ", StringComparison.Ordinal);
            return colon > 0 && first.Substring(0, colon).IndexOf(' ') < 0 ? first.Substring(colon + 2) : first;
        }
    }
}
