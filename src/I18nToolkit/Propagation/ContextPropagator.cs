using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using I18nToolkit.Context;

namespace I18nToolkit.Propagation
{
    /// <summary>
    /// Carries the diagnostic context across processes in the W3C <c>baggage</c> header: <see cref="Inject{T}"/> writes
    /// the current context into any header carrier (HTTP request, message-broker headers), merged with the baggage
    /// already there rather than duplicated; <see cref="Extract{T}"/> opens a context scope from a received carrier.
    /// Neither throws on bad input: malformed members are skipped and reported through <c>onProblem</c>, and
    /// members over the W3C limits are dropped whole, deterministically, and reported once per process.
    /// </summary>
    public static class ContextPropagator
    {
        /// <summary>The W3C header name.</summary>
        public const string HeaderName = "baggage";

        private static int _limitReported;

        /// <summary>Raised once per process when members had to be dropped to stay within the limits.</summary>
        public static event Action<string>? LimitExceeded;

        /// <summary>The current context as baggage members: outer frames first, each key once with its innermost value.</summary>
        public static List<BaggageEntry> CurrentEntries(ContextPropagationOptions? options = null)
        {
            ContextSnapshot context = DiagnosticContext.Current;
            var entries = new List<BaggageEntry>();
            if (context.IsEmpty)
                return entries;
            IReadOnlyDictionary<string, object?> values = context.Properties;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            IReadOnlyList<ContextFrame> frames = context.Frames; // innermost first
            for (int f = frames.Count - 1; f >= 0; f--)
            {
                foreach (KeyValuePair<string, object?> pair in frames[f].Properties)
                {
                    if (seen.Add(pair.Key) && (options?.Allows(pair.Key) ?? true) && values[pair.Key] is { } value)
                        entries.Add(new BaggageEntry(pair.Key, Text(value)));
                }
            }

            return entries;
        }

        /// <summary>
        /// Writes the current context into the carrier's <c>baggage</c>: members already there (from
        /// <see cref="System.Diagnostics.Activity"/>, OpenTelemetry or the caller) are kept, a context key replaces a member
        /// of the same key, and the result is one header value within the limits.
        /// </summary>
        public static void Inject<T>(T carrier, Func<T, string, IEnumerable<string>?> getter, Action<T, string, string> setter, ContextPropagationOptions? options = null)
        {
            if (getter is null)
                throw new ArgumentNullException(nameof(getter));
            if (setter is null)
                throw new ArgumentNullException(nameof(setter));
            string? header = Merge(getter(carrier, HeaderName) ?? Array.Empty<string>(), ActivityBaggage(), options);
            if (header is not null)
                setter(carrier, HeaderName, header);
        }

        /// <summary>Writes the current context into message headers (see <see cref="Inject{T}"/>).</summary>
        public static void Inject(IDictionary<string, string> headers, ContextPropagationOptions? options = null) =>
            Inject(headers, (h, key) => h.TryGetValue(key, out string? value) ? new[] { value } : null, (h, key, value) => h[key] = value, options);

        /// <summary>
        /// Opens a context scope with the carrier's baggage (the allowed keys), for the work done on its behalf;
        /// dispose it when that work ends. With nothing to push, returns a scope that does nothing.
        /// </summary>
        public static IDisposable Extract<T>(T carrier, Func<T, string, IEnumerable<string>?> getter, ContextPropagationOptions? options = null, Action<string>? onProblem = null)
        {
            if (getter is null)
                throw new ArgumentNullException(nameof(getter));
            var problems = onProblem is null ? null : new List<string>();
            var pairs = new List<KeyValuePair<string, object>>();
            foreach (BaggageEntry entry in BaggageCodec.Parse(getter(carrier, HeaderName) ?? Array.Empty<string>(), problems))
            {
                if (options?.Allows(entry.Key) == false)
                    continue;
                if (entry.Value.Length == 0)
                {
                    problems?.Add($"'{entry.Key}' has an empty value");
                    continue;
                }

                pairs.Add(new KeyValuePair<string, object>(entry.Key, entry.Value));
            }

            if (problems is not null)
            {
                foreach (string problem in problems)
                    onProblem!("Ignored a baggage member: " + problem + ".");
            }

            return pairs.Count == 0 ? NoScope.Instance : DiagnosticContext.Push(pairs);
        }

        /// <summary>Opens a context scope from message headers (see <see cref="Extract{T}"/>).</summary>
        public static IDisposable Extract(IReadOnlyDictionary<string, string> headers, ContextPropagationOptions? options = null, Action<string>? onProblem = null) =>
            Extract(headers, (h, key) => h.TryGetValue(key, out string? value) ? new[] { value } : null, options, onProblem);

        /// <summary>The header value for existing members + activity baggage + the current context; null when there is nothing to send.</summary>
        internal static string? Merge(IEnumerable<string> existing, IEnumerable<KeyValuePair<string, string?>> activity, ContextPropagationOptions? options)
        {
            var merged = BaggageCodec.Parse(existing);
            foreach (KeyValuePair<string, string?> pair in activity)
            {
                if (pair.Value is not null && !merged.Any(e => e.Key == pair.Key))
                    merged.Add(new BaggageEntry(pair.Key, pair.Value));
            }

            foreach (BaggageEntry entry in CurrentEntries(options))
            {
                int at = merged.FindIndex(e => e.Key == entry.Key);
                if (at >= 0)
                    merged[at] = entry;
                else
                    merged.Add(entry);
            }

            if (merged.Count == 0)
                return null;
            var dropped = new List<string>();
            string header = BaggageCodec.Format(merged, dropped, options?.MaxEntries ?? BaggageCodec.MaxEntries, options?.MaxBytes ?? BaggageCodec.MaxBytes);
            if (dropped.Count > 0 && System.Threading.Interlocked.Exchange(ref _limitReported, 1) == 0)
                LimitExceeded?.Invoke($"Baggage members left out to stay within {options?.MaxEntries ?? BaggageCodec.MaxEntries} members and {options?.MaxBytes ?? BaggageCodec.MaxBytes} bytes (or with keys that are not tokens): {string.Join(", ", dropped)}. Reported once.");
            return header.Length == 0 ? null : header;
        }

        private static IEnumerable<KeyValuePair<string, string?>> ActivityBaggage() =>
            System.Diagnostics.Activity.Current?.Baggage ?? Enumerable.Empty<KeyValuePair<string, string?>>();

        private static string Text(object value) => value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value.ToString() ?? string.Empty;

        private sealed class NoScope : IDisposable
        {
            public static readonly NoScope Instance = new NoScope();

            public void Dispose()
            {
            }
        }
    }
}
