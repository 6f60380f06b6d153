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
        private static readonly KeyValuePair<string, object?>[] NoProperties = new KeyValuePair<string, object?>[0];

        private readonly KeyValuePair<string, object?>[] _properties;
        private FrameCache? _cache; // text and adapter objects, built on first use: most frames never need them
        private volatile bool _disposed;

        internal ContextFrame(ContextFrame? parent, string? name, KeyValuePair<string, object?>[]? properties, object? scopeState)
        {
            Parent = parent;
            Depth = parent is null ? 1 : parent.Depth + 1;
            Name = name;
            _properties = properties ?? NoProperties;
            ScopeState = scopeState ?? this;
        }

        /// <summary>The frame's name, or null when it has only key/value pairs.</summary>
        public string? Name { get; }

        /// <summary>The frame's key/value pairs (values as pushed; null only for scopes opened through <c>ILogger.BeginScope</c>).</summary>
        public IReadOnlyList<KeyValuePair<string, object?>> Properties => _properties;

        /// <summary>The number of key/value pairs.</summary>
        public int Count => _properties.Length;

        /// <summary>Key/value pair <paramref name="index"/>.</summary>
        public KeyValuePair<string, object?> this[int index] => _properties[index];

        /// <summary>The next outer frame, or null for the outermost one.</summary>
        internal ContextFrame? Parent { get; }

        /// <summary>How many frames the stack holds up to and including this one.</summary>
        internal int Depth { get; }

        /// <summary>What Microsoft.Extensions.Logging providers are shown for this frame: the original <c>BeginScope</c> state, or the frame.</summary>
        internal object ScopeState { get; }

        internal bool IsDisposed => _disposed;

        /// <summary>A slot where a logging adapter caches what it builds once per frame (Serilog's properties).</summary>
        internal ref object? AdapterCache => ref Cache.Adapter;

        private FrameCache Cache => _cache ?? Interlocked.CompareExchange(ref _cache, new FrameCache(), null) ?? _cache!;

        internal KeyValuePair<string, object?>[] PropertyArray => _properties;

        /// <summary>The whole stack up to this frame, outermost first: <c>Application=Payrollsync &gt; Import</c>. Built once.</summary>
        internal string StackText => Cache.StackText ??= Parent is null ? ToString() : Parent.StackText + " > " + ToString();

        /// <inheritdoc />
        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_properties).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _properties.GetEnumerator();

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
        internal static string FormatValue(object? value) => value switch
        {
            null => "(null)",
            string s => s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };

        private sealed class FrameCache
        {
            public string? Text;
            public string? StackText;
            public object? Adapter;
        }

        private string Format()
        {
            if (_properties.Length == 0)
                return Name ?? string.Empty;
            var text = new StringBuilder();
            if (Name is not null)
                text.Append(Name).Append(" (");
            for (int i = 0; i < _properties.Length; i++)
            {
                if (i > 0)
                    text.Append(", ");
                text.Append(_properties[i].Key).Append('=').Append(FormatValue(_properties[i].Value));
            }

            if (Name is not null)
                text.Append(')');
            return text.ToString();
        }
    }
}
