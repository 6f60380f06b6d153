using System.Collections.Generic;
using System.Threading;
using I18nToolkit.Context;
using Serilog.Core;
using Serilog.Events;

namespace I18nToolkit.Logging
{
    /// <summary>Serilog's properties for one context frame, built once and kept on the (immutable) frame.</summary>
    internal sealed class SerilogFrameCache
    {
        private SerilogFrameCache(ContextFrame frame, ILogEventPropertyFactory factory)
        {
            var properties = new LogEventProperty[frame.Count];
            for (int i = 0; i < properties.Length; i++)
            {
                KeyValuePair<string, object?> pair = frame[i];
                properties[i] = factory.CreateProperty(pair.Key, pair.Value);
            }

            Properties = properties;
            Stack = new LogEventProperty(DiagnosticContextEnricher.ContextPropertyName, new ScalarValue(frame.StackText));
        }

        public LogEventProperty[] Properties { get; }

        /// <summary>The <c>Context</c> property for a stack whose innermost frame is this one.</summary>
        public LogEventProperty Stack { get; }

        public static SerilogFrameCache For(ContextFrame frame, ILogEventPropertyFactory factory)
        {
            if (frame.AdapterCache is SerilogFrameCache cache)
                return cache;
            cache = new SerilogFrameCache(frame, factory);
            return Interlocked.CompareExchange(ref frame.AdapterCache, cache, null) as SerilogFrameCache ?? cache;
        }
    }
}
