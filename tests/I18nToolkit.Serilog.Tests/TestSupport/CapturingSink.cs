using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace I18nToolkit.Serilog.Tests.TestSupport
{
    /// <summary>A Serilog sink that keeps every event, with its message rendered at the moment of writing.</summary>
    internal sealed class CapturingSink : ILogEventSink
    {
        public ConcurrentQueue<(LogEvent Event, string Rendered)> Events { get; } = new ConcurrentQueue<(LogEvent, string)>();

        public void Emit(LogEvent logEvent) => Events.Enqueue((logEvent, logEvent.RenderMessage()));
    }
}
