using System;
using System.Collections.Generic;
using System.Threading;

namespace I18nToolkit.Context
{
    /// <summary>
    /// The nested diagnostic context: a stack of frames that flows with <c>async</c>/<c>await</c> and onto the
    /// threads a task runs on. Push context before calling into other code; every log record written while the scope
    /// is open carries it, also records of libraries that know nothing of the toolkit (through
    /// <c>ILogger.BeginScope</c>'s stack, which this is once wired, and Serilog's enricher).
    /// </summary>
    /// <example>
    /// <code>
    /// using (DiagnosticContext.Push(("Application", "Payrollsync"), ("Msgid", message.Id)))
    /// {
    ///     await service.ImportAsync(message);   // every record inside carries Application and Msgid
    /// }
    /// </code>
    /// </example>
    /// <remarks>
    /// Disposing a scope restores the stack as it was before that scope's push, whatever order scopes are disposed
    /// in, and skips frames that were already disposed, so a disposed frame never comes back; disposing twice does
    /// nothing. The stack is held in an <see cref="AsyncLocal{T}"/>: a thread-pool thread that ran inside a scope
    /// starts its next work item with that item's own context, never with a finished request's.
    /// </remarks>
    public static class DiagnosticContext
    {
        private static readonly AsyncLocal<ContextFrame?> Top = new AsyncLocal<ContextFrame?>();

        /// <summary>The current context: an immutable snapshot, free to take.</summary>
        public static ContextSnapshot Current => new ContextSnapshot(Top.Value);

        /// <summary>
        /// The innermost open frame, or null when no context is open; walk outwards with <see cref="ContextFrame.Parent"/>.
        /// For logging adapters, which add each frame's pairs to a record (innermost first wins).
        /// </summary>
        public static ContextFrame? CurrentFrame => Top.Value;

        /// <summary>Pushes a named frame (<c>Payrollsync</c>).</summary>
        /// <param name="name">The frame's name.</param>
        /// <returns>The scope; dispose it to pop the frame.</returns>
        /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
        public static IDisposable Push(string name) => PushFrame(ValidName(name), null, null);

        /// <summary>Pushes a frame with one key/value pair (<c>Application=Payrollsync</c>).</summary>
        /// <exception cref="ArgumentException"><paramref name="key"/> is null or empty, or <paramref name="value"/> is null or an empty string.</exception>
        public static IDisposable Push(string key, object value) =>
            PushInline(null, Pair(key, value, nameof(key), nameof(value)), default, 1);

        /// <summary>Pushes one frame holding several key/value pairs.</summary>
        /// <param name="properties">The pairs, such as <c>("Application", "Payrollsync"), ("Msgid", id)</c>.</param>
        /// <exception cref="ArgumentException">No pair is given, or a key is null or empty, or a value is null or an empty string.</exception>
        public static IDisposable Push(params (string Key, object Value)[] properties) =>
            properties is null ? throw new ArgumentNullException(nameof(properties)) : PushPairs(null, properties, nameof(properties));

        /// <summary>Pushes one frame holding several key/value pairs (with C# 13, the pairs need no array).</summary>
        /// <param name="properties">The pairs, such as <c>("Application", "Payrollsync"), ("Msgid", id)</c>.</param>
        /// <exception cref="ArgumentException">No pair is given, or a key is null or empty, or a value is null or an empty string.</exception>
        public static IDisposable Push(params ReadOnlySpan<(string Key, object Value)> properties) =>
            PushPairs(null, properties, nameof(properties));

        /// <summary>Pushes one frame with a name and key/value pairs.</summary>
        /// <exception cref="ArgumentException">The name, a key or a value is null or empty.</exception>
        public static IDisposable Push(string name, params (string Key, object Value)[] properties) =>
            properties is null ? throw new ArgumentNullException(nameof(properties)) : PushPairs(ValidName(name), properties, nameof(properties));

        /// <summary>Pushes one frame holding the pairs of a dictionary or any sequence of pairs.</summary>
        /// <exception cref="ArgumentException">No pair is given, or a key is null or empty, or a value is null or an empty string.</exception>
        public static IDisposable Push(IEnumerable<KeyValuePair<string, object>> properties)
        {
            if (properties is null)
                throw new ArgumentNullException(nameof(properties));
            var pairs = new List<KeyValuePair<string, object?>>();
            foreach (KeyValuePair<string, object> pair in properties)
                pairs.Add(Pair(pair.Key, pair.Value, nameof(properties), nameof(properties)));
            if (pairs.Count == 0)
                throw new ArgumentException("A context frame needs at least one key/value pair.", nameof(properties));
            return PushFrame(null, pairs.ToArray(), null);
        }

        /// <summary>Returns the current context, to run code under it later on a thread or callback that does not flow it.</summary>
        public static ContextSnapshot Capture() => Current;

        /// <summary>Runs <paramref name="action"/> with an empty context (for work that must not inherit the caller's).</summary>
        public static void RunEmpty(Action action) => ContextSnapshot.Empty.Run(action);

        /// <summary>Runs <paramref name="function"/> with an empty context and returns its result.</summary>
        public static T RunEmpty<T>(Func<T> function) => ContextSnapshot.Empty.Run(function);

        /// <summary>Pushes a frame made from a <c>BeginScope</c> state; never throws, since a log call must not fail.</summary>
        internal static ContextFrame PushScopeState(string? name, KeyValuePair<string, object?>[]? properties, object scopeState) =>
            PushFrame(name, properties, scopeState);

        internal static void SetCurrent(ContextFrame? frame) => Top.Value = frame;

        /// <summary>Pushes pairs the caller has already validated (non-empty keys and values), e.g. parsed baggage.</summary>
        internal static IDisposable PushValidated(KeyValuePair<string, object?>[] pairs) => PushFrame(null, pairs, null);

        /// <summary>Pushes the accepted pairs of a received carrier (validated), with the whole of its baggage for the next hop.</summary>
        internal static ContextFrame PushReceived(KeyValuePair<string, object?>[] pairs, Propagation.ReceivedBaggage received)
        {
            var frame = new ContextFrame(LiveAncestor(Top.Value), null, pairs, null, received);
            Top.Value = frame;
            return frame;
        }

        /// <summary>Ends <paramref name="frame"/>'s scope in this flow, if the frame is on this flow's stack.</summary>
        internal static void Pop(ContextFrame frame)
        {
            ContextFrame? top = Top.Value;
            for (ContextFrame? f = top; f is not null && f.Depth >= frame.Depth; f = f.Parent)
            {
                if (ReferenceEquals(f, frame))
                {
                    Top.Value = LiveAncestor(frame.Parent);
                    return;
                }
            }

            // Not on this flow's stack: disposed in another flow, or its scope already ended with an outer one.
        }

        private static ContextFrame PushFrame(string? name, KeyValuePair<string, object?>[]? properties, object? scopeState)
        {
            var frame = new ContextFrame(LiveAncestor(Top.Value), name, properties, scopeState);
            Top.Value = frame;
            return frame;
        }

        private static ContextFrame PushInline(string? name, KeyValuePair<string, object?> pair0, KeyValuePair<string, object?> pair1, int count)
        {
            var frame = new ContextFrame(LiveAncestor(Top.Value), name, pair0, pair1, count);
            Top.Value = frame;
            return frame;
        }

        private static ContextFrame PushPairs(string? name, ReadOnlySpan<(string Key, object Value)> properties, string parameter)
        {
            switch (properties.Length)
            {
                case 0:
                    throw new ArgumentException("A context frame needs at least one key/value pair.", parameter);
                case 1:
                    return PushInline(name, Pair(properties[0].Key, properties[0].Value, parameter, parameter), default, 1);
                case 2:
                    return PushInline(name, Pair(properties[0].Key, properties[0].Value, parameter, parameter),
                        Pair(properties[1].Key, properties[1].Value, parameter, parameter), 2);
                default:
                    var pairs = new KeyValuePair<string, object?>[properties.Length];
                    for (int i = 0; i < pairs.Length; i++)
                        pairs[i] = Pair(properties[i].Key, properties[i].Value, parameter, parameter);
                    return PushFrame(name, pairs, null);
            }
        }

        private static ContextFrame? LiveAncestor(ContextFrame? frame)
        {
            while (frame is not null && frame.IsDisposed)
                frame = frame.Parent;
            return frame;
        }

        private static string ValidName(string name)
        {
            if (name is null)
                throw new ArgumentNullException(nameof(name), "A context frame's name must not be null.");
            if (name.Length == 0)
                throw new ArgumentException("A context frame's name must not be empty.", nameof(name));
            return name;
        }

        // Small enough to inline into every push; the messages are built only when a pair is refused.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static KeyValuePair<string, object?> Pair(string key, object value, string keyParameter, string valueParameter)
        {
            if (string.IsNullOrEmpty(key) || value is null || (value is string text && text.Length == 0))
                ThrowBadPair(key, value, keyParameter, valueParameter);
            return new KeyValuePair<string, object?>(key, value);
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static void ThrowBadPair(string key, object? value, string keyParameter, string valueParameter)
        {
            if (string.IsNullOrEmpty(key))
                throw new ArgumentException("A context key must not be null or empty.", keyParameter);
            if (value is null)
                throw new ArgumentNullException(valueParameter, $"The value of context key '{key}' must not be null.");
            throw new ArgumentException($"The value of context key '{key}' must not be empty.", valueParameter);
        }
    }
}
