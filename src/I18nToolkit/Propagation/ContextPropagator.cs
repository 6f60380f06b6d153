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

        [ThreadStatic]
        private static System.Text.StringBuilder? _builder;

        [ThreadStatic]
        private static List<BaggageEntry>? _parsed;

        /// <summary>Raised once per process when members had to be dropped to stay within the limits.</summary>
        public static event Action<string>? LimitExceeded;

        /// <summary>The current context as baggage members: outer frames first, each key once with its innermost value.</summary>
        public static List<BaggageEntry> CurrentEntries(ContextPropagationOptions? options = null)
        {
            var entries = new List<BaggageEntry>();
            AddContext(entries, options);
            return entries;
        }

        /// <summary>Adds (or, for a key already there, replaces in place) the context's members, walking the frames outer to inner.</summary>
        private static void AddContext(List<BaggageEntry> entries, ContextPropagationOptions? options)
        {
            ContextFrame? top = DiagnosticContext.CurrentFrame;
            if (top is not null)
                AddFrame(top, entries, options);
        }

        private static void AddFrame(ContextFrame frame, List<BaggageEntry> entries, ContextPropagationOptions? options, ContextFrame? top = null)
        {
            top ??= frame;
            if (frame.Parent is not null)
                AddFrame(frame.Parent, entries, options, top);
            if (!Crosses(frame, options))
                return;
            for (int i = 0; i < frame.Count; i++)
            {
                KeyValuePair<string, object?> pair = frame[i];
                if (!Sends(pair, i, frame, top, options))
                    continue;
                var entry = new BaggageEntry(pair.Key, Text(pair.Value!));
                int at = IndexOf(entries, pair.Key);
                if (at >= 0)
                    entries[at] = entry; // the context's value replaces a member of the same key already on the carrier
                else
                    entries.Add(entry);
            }
        }

        /// <summary>
        /// Frames pushed through <see cref="DiagnosticContext"/> cross by default. Logging scopes (<c>ILogger.BeginScope</c>:
        /// ASP.NET Core's RequestId and RequestPath, HttpClient's Uri) describe this process's own work - sent along, they
        /// would hide the receiver's own values - so they cross only when an allow-list names their keys.
        /// </summary>
        private static bool Crosses(ContextFrame frame, ContextPropagationOptions? options) => frame.IsPushed || options?.AllowedKeys is not null;

        /// <summary>A pair crosses when it has a value, its key is allowed, and neither an earlier pair of its frame nor an inner frame that crosses sets the key again.</summary>
        private static bool Sends(KeyValuePair<string, object?> pair, int index, ContextFrame frame, ContextFrame top, ContextPropagationOptions? options)
        {
            if (pair.Value is null || (options is not null && !options.Allows(pair.Key)))
                return false;
            for (int i = 0; i < index; i++)
            {
                if (frame[i].Key == pair.Key)
                    return false; // one frame naming a key twice: the first one counts, as in DiagnosticContext.Current.Properties
            }

            for (ContextFrame? inner = top; inner is not null && !ReferenceEquals(inner, frame); inner = inner.Parent)
            {
                if (!Crosses(inner, options))
                    continue;
                for (int i = 0; i < inner.Count; i++)
                {
                    if (inner[i].Key == pair.Key)
                        return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The header of the stack up to <paramref name="frame"/> under the default options ("" for none), kept on the
        /// frame: a frame and its parents never change, so a request calling several services formats it once, and a
        /// new frame costs only its own pairs, appended to its parent's header.
        /// </summary>
        private static string DefaultHeader(ContextFrame frame)
        {
            string? header = frame.BaggageCache;
            if (header is null)
                frame.BaggageCache = header = AppendToParent(frame) ?? FormatWhole(frame);
            return header;
        }

        /// <summary>The parent's header with this frame's members appended; null when that would not be what <see cref="FormatWhole"/> gives.</summary>
        private static string? AppendToParent(ContextFrame frame)
        {
            string parent = frame.Parent is null ? string.Empty : DefaultHeader(frame.Parent);
            if (!frame.IsPushed || frame.Count == 0)
                return parent;
            if (frame.Count > 1)
                return null; // rarer (Extract pushes one, once per request): formatted whole, then kept like any other

            // One pair: appended as is, unless an outer frame sets its key (its member moves here), its key is not a
            // token, or it would cross a limit (which members to leave out is then decided over the whole stack).
            KeyValuePair<string, object?> pair = frame[0];
            if (pair.Value is null || !BaggageCodec.IsToken(pair.Key))
                return null;
            for (ContextFrame? outer = frame.Parent; outer is not null; outer = outer.Parent)
            {
                if (!outer.IsPushed)
                    continue;
                for (int i = 0; i < outer.Count; i++)
                {
                    if (outer[i].Key == pair.Key)
                        return null;
                }
            }

            string value = BaggageCodec.Encode(Text(pair.Value));
            int length = parent.Length + (parent.Length > 0 ? 1 : 0) + pair.Key.Length + 1 + value.Length;
            if (length > BaggageCodec.MaxBytes || CountMembers(parent) + 1 > BaggageCodec.MaxEntries)
                return null;
            if (parent.Length == 0)
                return string.Concat(pair.Key, "=", value);
            System.Text.StringBuilder text = _builder ??= new System.Text.StringBuilder(256);
            text.Clear().Append(parent).Append(',').Append(pair.Key).Append('=').Append(value);
            string header = text.ToString();
            if (text.Capacity > 16 * 1024)
                _builder = null; // do not keep a large one alive
            return header;
        }

        private static string FormatWhole(ContextFrame frame)
        {
            List<string>? dropped = null;
            string header = FormatContext(frame, null, BaggageCodec.MaxEntries, BaggageCodec.MaxBytes, ref dropped) ?? string.Empty;
            Report(dropped, BaggageCodec.MaxEntries, BaggageCodec.MaxBytes);
            return header;
        }

        /// <summary>Members of a header this class wrote: keys are tokens and values encoded, so commas only separate.</summary>
        private static int CountMembers(string header)
        {
            if (header.Length == 0)
                return 0;
            int count = 1;
            for (int at = header.IndexOf(','); at >= 0; at = header.IndexOf(',', at + 1))
                count++;
            return count;
        }

        /// <summary>The header for the context alone (nothing else on the carrier): written straight from the frames.</summary>
        private static string? FormatContext(ContextFrame top, ContextPropagationOptions? options, int maxEntries, int maxBytes, ref List<string>? dropped)
        {
            // One builder per thread, reused: a request's header costs only its string.
            System.Text.StringBuilder text = _builder ??= new System.Text.StringBuilder(256);
            text.Clear();
            int count = 0;
            WriteFrame(top, top, text, options, maxEntries, maxBytes, ref count, ref dropped);
            string? header = text.Length == 0 ? null : text.ToString();
            if (text.Capacity > 16 * 1024)
                _builder = null; // do not keep a large one alive
            return header;
        }

        private static void WriteFrame(ContextFrame frame, ContextFrame top, System.Text.StringBuilder text, ContextPropagationOptions? options, int maxEntries, int maxBytes, ref int count, ref List<string>? dropped)
        {
            if (frame.Parent is not null)
                WriteFrame(frame.Parent, top, text, options, maxEntries, maxBytes, ref count, ref dropped);
            if (!Crosses(frame, options))
                return;
            for (int i = 0; i < frame.Count; i++)
            {
                KeyValuePair<string, object?> pair = frame[i];
                if (!Sends(pair, i, frame, top, options))
                    continue;
                if (!BaggageCodec.IsToken(pair.Key))
                {
                    (dropped ??= new List<string>()).Add(pair.Key + " (not a token)");
                    continue;
                }

                string value = BaggageCodec.Encode(Text(pair.Value!));
                if (count == maxEntries || text.Length + (text.Length > 0 ? 1 : 0) + pair.Key.Length + 1 + value.Length > maxBytes)
                {
                    (dropped ??= new List<string>()).Add(pair.Key);
                    continue;
                }

                if (text.Length > 0)
                    text.Append(',');
                text.Append(pair.Key).Append('=').Append(value);
                count++;
            }
        }

        private static int IndexOf(List<BaggageEntry> entries, string key)
        {
            for (int i = 0; i < entries.Count; i++)
            {
                if (entries[i].Key == key)
                    return i;
            }

            return -1;
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
            List<BaggageEntry> entries = _parsed ??= new List<BaggageEntry>();
            entries.Clear();
            IEnumerable<string>? headers = getter(carrier, HeaderName);
            if (headers is string[] array)
            {
                // The usual carrier answer; indexing it spares the enumerator.
                for (int i = 0; i < array.Length; i++)
                {
                    if (array[i] is not null)
                        BaggageCodec.ParseInto(array[i], entries, problems);
                }
            }
            else if (headers is not null)
            {
                foreach (string header in headers)
                {
                    if (header is not null)
                        BaggageCodec.ParseInto(header, entries, problems);
                }
            }

            int count = 0;
            var pairs = new KeyValuePair<string, object?>[entries.Count];
            foreach (BaggageEntry entry in entries)
            {
                if (options?.Allows(entry.Key) == false)
                    continue;
                if (entry.Value.Length == 0)
                {
                    problems?.Add($"'{entry.Key}' has an empty value");
                    continue;
                }

                pairs[count++] = new KeyValuePair<string, object?>(entry.Key, entry.Value);
            }

            if (problems is not null)
            {
                foreach (string problem in problems)
                    onProblem!("Ignored a baggage member: " + problem + ".");
            }

            if (entries.Capacity > 256)
                _parsed = null; // do not keep a large one alive
            else
                entries.Clear();
            if (count == 0)
                return NoScope.Instance;
            if (count < pairs.Length)
                Array.Resize(ref pairs, count);
            return DiagnosticContext.PushValidated(pairs); // keys are tokens and values non-empty: nothing to validate again
        }

        /// <summary>Opens a context scope from message headers (see <see cref="Extract{T}"/>).</summary>
        public static IDisposable Extract(IReadOnlyDictionary<string, string> headers, ContextPropagationOptions? options = null, Action<string>? onProblem = null) =>
            Extract(headers, (h, key) => h.TryGetValue(key, out string? value) ? new[] { value } : null, options, onProblem);

        /// <summary>The header value for existing members + activity baggage + the current context; null when there is nothing to send.</summary>
        internal static string? Merge(IEnumerable<string> existing, IEnumerable<KeyValuePair<string, string?>>? activity, ContextPropagationOptions? options)
        {
            int maxEntries = options?.MaxEntries ?? BaggageCodec.MaxEntries, maxBytes = options?.MaxBytes ?? BaggageCodec.MaxBytes;
            List<string>? dropped = null;
            string? header;
            IList<string>? values = existing as IList<string> ?? new List<string>(existing);
            ContextFrame? top = DiagnosticContext.CurrentFrame;
            if (values.Count == 0 && (activity is null || !activity.Any()))
            {
                // The common case, nothing on the carrier yet: no merging, the header straight from the frames - and,
                // under the default options, formatted once per frame (a frame and its parents never change).
                if (top is null)
                    return null;
                if (options is null || options.IsDefault)
                {
                    header = DefaultHeader(top);
                    return header.Length == 0 ? null : header;
                }

                header = FormatContext(top, options, maxEntries, maxBytes, ref dropped);
                Report(dropped, maxEntries, maxBytes);
                return header;
            }

            var merged = new List<BaggageEntry>();
            foreach (string value in values)
            {
                if (value is not null)
                    BaggageCodec.ParseInto(value, merged, null);
            }

            if (activity is not null)
            {
                foreach (KeyValuePair<string, string?> pair in activity)
                {
                    if (pair.Value is not null && IndexOf(merged, pair.Key) < 0)
                        merged.Add(new BaggageEntry(pair.Key, pair.Value));
                }
            }

            AddContext(merged, options);
            if (merged.Count == 0)
                return null;
            dropped = new List<string>();
            header = BaggageCodec.Format(merged, dropped, maxEntries, maxBytes);
            Report(dropped, maxEntries, maxBytes);
            return header.Length == 0 ? null : header;
        }

        private static void Report(List<string>? dropped, int maxEntries, int maxBytes)
        {
            if (dropped is { Count: > 0 } && System.Threading.Interlocked.Exchange(ref _limitReported, 1) == 0)
                LimitExceeded?.Invoke($"Baggage members left out to stay within {maxEntries} members and {maxBytes} bytes (or with keys that are not tokens): {string.Join(", ", dropped)}. Reported once.");
        }

        private static IEnumerable<KeyValuePair<string, string?>>? ActivityBaggage() => System.Diagnostics.Activity.Current?.Baggage;

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
