using System;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

namespace I18nToolkit.Context
{
    /// <summary>
    /// Makes <c>ILogger.BeginScope(…)</c> and <see cref="DiagnosticContext.Push(string)"/> one stack: a logger
    /// factory that uses this scope provider pushes <c>BeginScope</c> states as context frames, and every provider
    /// that supports external scopes (console with <c>IncludeScopes</c>, JSON console, OpenTelemetry) sees the
    /// toolkit's frames as scopes. Wire it with <see cref="DiagnosticContextLoggingBuilderExtensions.AddDiagnosticContext"/>.
    /// </summary>
    public sealed class DiagnosticContextScopeProvider : IExternalScopeProvider
    {
        private const string OriginalFormatKey = "{OriginalFormat}";

        private DiagnosticContextScopeProvider()
        {
        }

        /// <summary>The provider; it holds no state of its own (the stack is <see cref="DiagnosticContext"/>'s).</summary>
        public static DiagnosticContextScopeProvider Instance { get; } = new DiagnosticContextScopeProvider();

        /// <summary>Calls <paramref name="callback"/> for each frame, outermost first (the order Microsoft.Extensions.Logging uses).</summary>
        public void ForEachScope<TState>(Action<object?, TState> callback, TState state)
        {
            if (callback is null)
                throw new ArgumentNullException(nameof(callback));
            ContextFrame? top = DiagnosticContext.CurrentFrame;
            if (top is not null)
                Report(top, callback, state);
        }

        /// <summary>Pushes a <c>BeginScope</c> state as a frame. Never throws: a scope must not fail a caller's log call.</summary>
        public IDisposable Push(object? state)
        {
            switch (state)
            {
                case null:
                    return NullScope.Instance;
                case ContextFrame frame:
                    // Re-pushing a frame (as a host that replays scopes does) keeps its contents, not its identity.
                    return DiagnosticContext.PushScopeState(frame.Name, frame.CopyPairs(), frame);
                case string name:
                    return DiagnosticContext.PushScopeState(name, null, state);
                case IEnumerable<KeyValuePair<string, object?>> pairs:
                    return PushPairs(pairs, state);
                default:
                    return DiagnosticContext.PushScopeState(ContextFrame.FormatValue(state), null, state);
            }
        }

        private static IDisposable PushPairs(IEnumerable<KeyValuePair<string, object?>> pairs, object state)
        {
            var properties = new List<KeyValuePair<string, object?>>();
            bool formatted = false;
            try
            {
                foreach (KeyValuePair<string, object?> pair in pairs)
                {
                    if (pair.Key == OriginalFormatKey)
                        formatted = true;
                    else if (!string.IsNullOrEmpty(pair.Key))
                        properties.Add(pair);
                }
            }
            catch (Exception e) when (e is InvalidOperationException || e is NotSupportedException)
            {
                // A state that cannot be enumerated still opens a scope, shown by its text.
            }

            // A message-template scope (BeginScope("Batch {Batch}", b)) is named by its rendered text.
            string? name = formatted ? ScopeName(state) : null;
            return DiagnosticContext.PushScopeState(name, properties.ToArray(), state);
        }

        /// <summary>
        /// Reports the frames outermost first: recursing for the usual shallow stack (no allocation), a loop over a list
        /// for a deep one, so that a stack pushed in a runaway loop cannot overflow the thread's.
        /// </summary>
        /// <summary>A scope's rendered text; a state whose <c>ToString</c> throws still opens its scope, named by a marker.</summary>
        private static string ScopeName(object state)
        {
            try
            {
                return state.ToString() ?? string.Empty;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return Grammar.MessageTemplate.FailureMarker(e);
            }
        }

        private static void Report<TState>(ContextFrame frame, Action<object?, TState> callback, TState state)
        {
            if (frame.Depth <= 64)
            {
                if (frame.Parent is not null)
                    Report(frame.Parent, callback, state);
                if (!frame.IsCarrierOnly)
                    callback(frame.ScopeState, state);
                return;
            }

            var frames = new List<ContextFrame>();
            for (ContextFrame? f = frame; f is not null; f = f.Parent)
                frames.Add(f);
            for (int i = frames.Count - 1; i >= 0; i--)
            {
                if (!frames[i].IsCarrierOnly)
                    callback(frames[i].ScopeState, state);
            }
        }

        private sealed class NullScope : IDisposable
        {
            public static readonly NullScope Instance = new NullScope();

            public void Dispose()
            {
            }
        }
    }
}
