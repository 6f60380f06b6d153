using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Reflection;
using Serilog.Events;
using SerilogTemplate = Serilog.Events.MessageTemplate;

namespace I18nToolkit.Logging
{
    /// <summary>
    /// Makes a <see cref="LogEvent"/> from a dictionary the caller filled, with no second pass over the properties:
    /// Serilog 4's <c>LogEvent.UnstableAssembleFromParts</c> takes the dictionary as it is. The package is built against
    /// Serilog 3.1 (its oldest supported version), so the method is found once at start-up; on Serilog 3 there is none,
    /// and <see cref="IsAvailable"/> is false (the caller then uses the constructor that copies properties).
    /// </summary>
    internal static class SerilogEventAssembler
    {
        private delegate LogEvent AssembleFromParts(DateTimeOffset timestamp, LogEventLevel level, Exception? exception, SerilogTemplate template,
            Dictionary<string, LogEventPropertyValue> properties, ActivityTraceId traceId, ActivitySpanId spanId);

        private static readonly AssembleFromParts? Assemble = Find();

        public static bool IsAvailable => Assemble is not null;

        /// <summary>The event; <paramref name="properties"/> becomes its own (not copied). Only when <see cref="IsAvailable"/>.</summary>
        public static LogEvent Create(DateTimeOffset timestamp, LogEventLevel level, Exception? exception, SerilogTemplate template,
            Dictionary<string, LogEventPropertyValue> properties, ActivityTraceId traceId, ActivitySpanId spanId) =>
            Assemble!(timestamp, level, exception, template, properties, traceId, spanId);

#if NET5_0_OR_GREATER
        [System.Diagnostics.CodeAnalysis.DynamicDependency("UnstableAssembleFromParts", typeof(LogEvent))] // kept when an application is trimmed
#endif
        private static AssembleFromParts? Find()
        {
            try
            {
                MethodInfo? method = typeof(LogEvent).GetMethod("UnstableAssembleFromParts", BindingFlags.Public | BindingFlags.Static, null,
                    new[] { typeof(DateTimeOffset), typeof(LogEventLevel), typeof(Exception), typeof(SerilogTemplate), typeof(Dictionary<string, LogEventPropertyValue>), typeof(ActivityTraceId), typeof(ActivitySpanId) },
                    null);
                return method is null ? null : (AssembleFromParts)Delegate.CreateDelegate(typeof(AssembleFromParts), method);
            }
            catch (Exception e) when (e is ArgumentException || e is MemberAccessException || e is NotSupportedException)
            {
                return null; // an unexpected shape: the copying constructor still works
            }
        }
    }
}
