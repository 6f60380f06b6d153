using I18nToolkit.Cli.Logs.Expressions;
using I18nToolkit.Cli.Logs.Records;

namespace I18nToolkit.Cli.Logs
{
    /// <summary>
    /// A matching line as the scan hands it over: the line, the values of the fields the scan was asked for, and the
    /// whole record, built only when asked. One instance per block is reused for each match: read it, do not keep it.
    /// </summary>
    internal sealed class LogMatch
    {
        private LogRecord? _record;

        public LogMatch(int slots) => Slots = new LogValue[slots];

        public LogLine Line { get; private set; }

        /// <summary>The values of <see cref="LogScan"/>'s fields, by slot (<see cref="LogScan.SlotOf"/>).</summary>
        public LogValue[] Slots { get; }

        public LogRecord Record => _record ??= LogRecord.Parse(Line.Bytes.Span);

        internal void Reset(LogLine line, LogRecord? record)
        {
            Line = line;
            _record = record;
        }
    }
}
