using System.Collections.Generic;
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
            _frame = frame;
        }

        private readonly ContextFrame _frame;
        private LogEventProperty? _stack;

        public LogEventProperty[] Properties { get; }

        /// <summary>The <c>Context</c> property for a stack whose innermost frame is this one.</summary>
        /// <remarks>
        /// Built on first use: only the innermost frame's is ever read, and building every frame's would cost the square
        /// of the depth of a deep stack.
        /// </remarks>
        public LogEventProperty Stack => _stack ??= new LogEventProperty(DiagnosticContextEnricher.ContextPropertyName, new ContextStackValue(_frame.StackText));

        public static SerilogFrameCache For(ContextFrame frame, ILogEventPropertyFactory factory) =>
            frame.GetAdapterState(f => new SerilogFrameCache(f, factory));
    }
}
