using System;
using I18nToolkit.Context;
using Serilog.Core;
using Serilog.Events;

namespace I18nToolkit.Logging
{
    /// <summary>
    /// Adds the diagnostic context to every Serilog event: each key as its own property (the innermost frame's value
    /// where frames share a key) and the whole stack as one <c>Context</c> property (<c>Application=Payrollsync &gt; Import</c>).
    /// Properties the event already has (its own holes, Serilog's <c>LogContext</c>) are left as they are.
    /// </summary>
    /// <remarks>
    /// Each frame's properties are built once, when the frame is first seen, and reused for every event written
    /// while it is open; an event with context open costs dictionary inserts, not allocations.
    /// </remarks>
    public sealed class DiagnosticContextEnricher : ILogEventEnricher
    {
        /// <summary>The name of the property that holds the whole stack as text.</summary>
        public const string ContextPropertyName = "Context";

        /// <inheritdoc />
        public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
        {
            if (logEvent is null)
                throw new ArgumentNullException(nameof(logEvent));
            ContextFrame? top = DiagnosticContext.CurrentFrame;
            if (top is null)
                return;

            SerilogFrameCache topCache = SerilogFrameCache.For(top, propertyFactory);
            for (ContextFrame? frame = top; frame is not null; frame = frame.Parent)
            {
                SerilogFrameCache cache = ReferenceEquals(frame, top) ? topCache : SerilogFrameCache.For(frame, propertyFactory);
                foreach (LogEventProperty property in cache.Properties)
                    logEvent.AddPropertyIfAbsent(property);
            }

            logEvent.AddPropertyIfAbsent(topCache.Stack);
        }
    }
}
