using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;

namespace I18nToolkit.Context
{
    /// <summary>
    /// One frame of the diagnostic context: a name (<c>Import</c>), key/value pairs (<c>Application=Payrollsync</c>),
    /// or both. Frames are immutable; the stack is a chain of frames from the innermost to the outermost.
    /// </summary>
    /// <remarks>
    /// A frame is also the token its push returned: disposing it (through <see cref="IDisposable"/>) ends its scope.
    /// It enumerates as its key/value pairs and prints as <c>Name</c>, <c>Key=Value, …</c> or <c>Name (Key=Value, …)</c>,
    /// which is how Microsoft.Extensions.Logging providers show a scope.
    /// </remarks>
    public sealed class ContextFrame : IReadOnlyList<KeyValuePair<string, object?>>, IDisposable
    {
        // Up to two pairs live in the frame itself, so the usual push (a frame of one or two pairs) allocates one
        // object; more pairs, and BeginScope states, use an array.
        private readonly KeyValuePair<string, object?> _pair0;
        private readonly KeyValuePair<string, object?> _pair1;
        private readonly KeyValuePair<string, object?>[]? _more;
        private readonly int _count;
        private FrameCache? _cache; // text and adapter objects, built on first use: most frames never need them
        private readonly object? _scopeState; // null: the frame itself (no reference stored, so no write barrier on a push)
        private volatile bool _disposed;

        internal ContextFrame(ContextFrame? parent, string? name, KeyValuePair<string, object?>[]? properties, object? scopeState, Propagation.ReceivedBaggage? received = null)
        {
            Parent = parent;
            Received = received;
            Depth = parent is null ? 1 : parent.Depth + 1;
            Name = name;
            _more = properties;
            _count = properties?.Length ?? 0;
            _scopeState = scopeState;
        }

        internal ContextFrame(ContextFrame? parent, string? name, KeyValuePair<string, object?> pair0, KeyValuePair<string, object?> pair1, int count)
        {
            Parent = parent;
            Depth = parent is null ? 1 : parent.Depth + 1;
            Name = name;
            _pair0 = pair0;
            _pair1 = pair1;
            _count = count;
        }

        /// <summary>The frame's name, or null when it has only key/value pairs.</summary>
        public string? Name { get; }

        /// <summary>The frame's key/value pairs (values as pushed; null only for scopes opened through <c>ILogger.BeginScope</c>).</summary>
        public IReadOnlyList<KeyValuePair<string, object?>> Properties => this;

        /// <summary>The number of key/value pairs.</summary>
        public int Count => _count;

        /// <summary>Key/value pair <paramref name="index"/>.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not below <see cref="Count"/>.</exception>
        public KeyValuePair<string, object?> this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_count)
                    throw new ArgumentOutOfRangeException(nameof(index), index, $"The frame has {_count} pair(s).");
                return _more is not null ? _more[index] : index == 0 ? _pair0 : _pair1;
            }
        }

        /// <summary>The next outer frame, or null for the outermost one.</summary>
        public ContextFrame? Parent { get; }

        /// <summary>How many frames the stack holds up to and including this one.</summary>
        internal int Depth { get; }

        /// <summary>What Microsoft.Extensions.Logging providers are shown for this frame: the original <c>BeginScope</c> state, or the frame.</summary>
        internal object ScopeState => _scopeState ?? this;

        /// <summary>The baggage of the carrier this frame was extracted from (see <see cref="Propagation.ContextPropagator.Extract{T}"/>), or null.</summary>
        internal Propagation.ReceivedBaggage? Received { get; }

        /// <summary>
        /// A frame that only carries received baggage on to the next hop (none of it accepted into the records): it has
        /// no name and no pairs, and is shown nowhere - not to logging providers, not in the stack's text.
        /// </summary>
        internal bool IsCarrierOnly => Received is not null && _count == 0;

        /// <summary>Whether the frame was pushed through <see cref="DiagnosticContext"/> (not made from another <c>BeginScope</c> state).</summary>
        internal bool IsPushed => _scopeState is null || _scopeState is ContextFrame;

        internal bool IsDisposed => _disposed;

        /// <summary>
        /// What a logging adapter builds once per frame (Serilog's properties, say), kept with the frame (which never
        /// changes): built by <paramref name="create"/> on first use, one state per <typeparamref name="TState"/>.
        /// <paramref name="create"/> may run more than once when threads race; one result is kept.
        /// </summary>
        /// <typeparam name="TState">The adapter's own type (one state per type).</typeparam>
        /// <param name="create">Builds the state from the frame; must not return null.</param>
        public TState GetAdapterState<TState>(Func<ContextFrame, TState> create)
            where TState : class => Logging.AdapterState.GetOrAdd(ref Cache.Adapter, this, create);

        private FrameCache Cache => _cache ?? Interlocked.CompareExchange(ref _cache, new FrameCache(), null) ?? _cache!;

        /// <summary>The pairs as a new array (for re-pushing a frame's contents).</summary>
        internal KeyValuePair<string, object?>[] CopyPairs()
        {
            var pairs = new KeyValuePair<string, object?>[_count];
            for (int i = 0; i < pairs.Length; i++)
                pairs[i] = this[i];
            return pairs;
        }

        /// <summary>
        /// The W3C baggage of the stack up to this frame under the default propagation options ("" for none): a frame and
        /// its parents never change, so a request that calls several services formats it once.
        /// </summary>
        internal ref string? BaggageCache => ref Cache.Baggage;

        /// <summary>The whole stack up to this frame, outermost first: <c>Application=Payrollsync &gt; Import</c>. Built once.</summary>
        /// <remarks>Built walking the stack, not recursing: a stack pushed in a runaway loop is deep, and must still print.</remarks>
        public string StackText => Cache.StackText ??= BuildStackText();

        /// <inheritdoc />
        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            for (int i = 0; i < _count; i++)
                yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>The frame as text, values formatted with the invariant culture.</summary>
        public override string ToString() => Cache.Text ??= Format();

        /// <summary>Ends the scope this frame was pushed for; see <see cref="DiagnosticContext"/>. A second call does nothing.</summary>
        void IDisposable.Dispose()
        {
            // No interlocked exchange: two racing disposals at worst both pop, and the second finds nothing to pop.
            if (_disposed)
                return;
            _disposed = true;
            DiagnosticContext.Pop(this);
        }

        /// <summary>Formats a context value as text: invariant culture, <c>(null)</c> for null.</summary>
        /// <param name="value">The value.</param>
        /// <remarks>Never throws: a value whose <c>ToString</c> throws prints as a marker naming the exception.</remarks>
        public static string FormatValue(object? value)
        {
            try
            {
                return value switch
                {
                    null => "(null)",
                    string s => s,
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    _ => value.ToString() ?? string.Empty,
                };
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return Grammar.MessageTemplate.FailureMarker(e);
            }
        }

        private sealed class FrameCache
        {
            public string? Text;
            public string? StackText;
            public object? Adapter;
            public string? Baggage;
        }

        private string BuildStackText()
        {
            if (Parent is null)
                return IsCarrierOnly ? string.Empty : ToString();
            var frames = new List<ContextFrame>();
            for (ContextFrame? frame = this; frame is not null; frame = frame.Parent)
            {
                if (frame._cache?.StackText is string known)
                {
                    // An outer frame already knows its stack: start from there.
                    var text = new StringBuilder(known);
                    AppendFrames(text, frames);
                    return text.ToString();
                }

                frames.Add(frame);
            }

            var all = new StringBuilder();
            AppendFrames(all, frames);
            return all.ToString();
        }

        /// <summary>Appends <paramref name="innerFirst"/> outermost first, joined with <c> &gt; </c>, skipping frames shown nowhere.</summary>
        private static void AppendFrames(StringBuilder text, List<ContextFrame> innerFirst)
        {
            for (int i = innerFirst.Count - 1; i >= 0; i--)
            {
                ContextFrame frame = innerFirst[i];
                if (frame.IsCarrierOnly)
                    continue;
                if (text.Length > 0)
                    text.Append(" > ");
                text.Append(frame.ToString());
            }
        }

        private string Format()
        {
            if (_count == 0)
                return Name ?? string.Empty;
            var text = new StringBuilder();
            if (Name is not null)
                text.Append(Name).Append(" (");
            for (int i = 0; i < _count; i++)
            {
                if (i > 0)
                    text.Append(", ");
                KeyValuePair<string, object?> pair = this[i];
                text.Append(pair.Key).Append('=').Append(FormatValue(pair.Value));
            }

            if (Name is not null)
                text.Append(')');
            return text.ToString();
        }
    }
}
