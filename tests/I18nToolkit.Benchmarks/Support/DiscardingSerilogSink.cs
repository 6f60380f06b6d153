using Serilog.Core;
using Serilog.Events;

namespace I18nToolkit.Benchmarks.Support
{
    /// <summary>A Serilog sink that renders each event's message (as every text sink must) and throws the text away.</summary>
    internal sealed class DiscardingSerilogSink : ILogEventSink
    {
        public static string? Last;

        public void Emit(LogEvent logEvent) => Last = logEvent.RenderMessage();
    }
}
