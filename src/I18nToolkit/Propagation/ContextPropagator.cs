using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using I18nToolkit.Context;

namespace I18nToolkit.Propagation
{
    /// <summary>
    /// Carries the diagnostic context across processes in the W3C <c>baggage</c> header: <see cref="Inject{T}"/> writes
    /// the current context into any header carrier (HTTP request, message-broker headers), merged with the baggage
    /// already there rather than duplicated; <see cref="Extract{T}"/> opens a context scope from a received carrier.
    /// Neither throws on bad input: malformed members are skipped and reported through <c>onProblem</c>, and
    /// members over the limits are left out whole, deterministically, and reported.
    /// </summary>
    /// <remarks>
    /// A received carrier's members are all passed on to the next hop, properties and empty values included; which of
    /// them enter the records is the receiver's decision (<see cref="ContextPropagationOptions.AcceptedKeys"/>,
    /// <see cref="ContextPropagationOptions.AcceptAll"/>): by default none.
    /// </remarks>
    public static class ContextPropagator
    {
        /// <summary>The W3C header name.</summary>
        public const string HeaderName = "baggage";

        private static int _limitReported;

        [ThreadStatic]
        private static StringBuilder? _builder;

        [ThreadStatic]
        private static List<BaggageEntry>? _parsed;

        /// <summary>Raised once per process when members had to be left out to stay within the limits.</summary>
        /// <remarks>A handler that throws is contained: propagation never fails because of it.</remarks>
        public static event Action<string>? LimitExceeded;

        /// <summary>The current context as baggage members: outer frames first, each key once with its innermost value.</summary>
        public static IReadOnlyList<BaggageEntry> CurrentEntries(ContextPropagationOptions? options = null) => CollectContext(DiagnosticContext.CurrentFrame, options);

        /// <summary>
        /// The members the context sends: frames outermost first, each key once, at the innermost frame that sets it
        /// (within a frame, the first pair of a key). One walk up the stack, never recursion: a runaway stack is deep.
        /// </summary>
        private static List<BaggageEntry> CollectContext(ContextFrame? top, ContextPropagationOptions? options)
        {
            var members = new List<BaggageEntry>();
            HashSet<string>? seen = null;
            for (ContextFrame? frame = top; frame is not null; frame = frame.Parent)
            {
                if (!Crosses(frame, options))
                    continue;
                int start = members.Count;
                if (frame.Received is ReceivedBaggage received)
                {
                    // Received members stand for the frame's pairs (the accepted ones among them), properties kept.
                    foreach (BaggageEntry member in received.Members)
                        Collect(members, member, start, options, ref seen);
                }
                else
                {
                    for (int i = 0; i < frame.Count; i++)
                    {
                        KeyValuePair<string, object?> pair = frame[i];
                        if (pair.Value is not null)
                            Collect(members, new BaggageEntry(pair.Key, Text(pair.Value)), start, options, ref seen);
                    }
                }

                members.Reverse(start, members.Count - start); // reversed back below, with the frames' order
            }

            members.Reverse();
            return members;
        }

        /// <summary>Keeps a member unless its key is not allowed, or an inner frame or an earlier pair of its frame set it.</summary>
        private static void Collect(List<BaggageEntry> members, BaggageEntry member, int frameStart, ContextPropagationOptions? options, ref HashSet<string>? seen)
        {
            if (options is not null && !options.Allows(member.Key))
                return;
            if (seen is not null)
            {
                if (!seen.Add(member.Key))
                    return;
            }
            else
            {
                for (int i = 0; i < members.Count; i++)
                {
                    if (members[i].Key == member.Key)
                        return;
                }

                if (members.Count >= 16)
                {
                    // Many keys: a set from now on, so a large context is collected in linear time.
                    seen = new HashSet<string>(StringComparer.Ordinal);
                    foreach (BaggageEntry known in members)
                        seen.Add(known.Key);
                    seen.Add(member.Key);
                }
            }

            members.Add(member);
        }

        /// <summary>
        /// Frames pushed through <see cref="DiagnosticContext"/> (and received ones) cross by default. Logging scopes
        /// (<c>ILogger.BeginScope</c>: ASP.NET Core's RequestId and RequestPath, HttpClient's Uri) describe this process's
        /// own work - sent along, they would hide the receiver's own values - so they cross only when an allow-list names their keys.
        /// </summary>
        private static bool Crosses(ContextFrame frame, ContextPropagationOptions? options) => frame.IsPushed || options?.AllowedKeys is not null;

        /// <summary>
        /// The header of the stack up to <paramref name="frame"/> under the default options ("" for none), kept on the
        /// frame: a frame and its parents never change, so a request calling several services formats it once.
        /// </summary>
        private static string DefaultHeader(ContextFrame frame)
        {
            string? header = frame.BaggageCache;
            if (header is null)
                frame.BaggageCache = header = AppendToParent(frame) ?? FormatWhole(frame);
            return header;
        }

        private static string FormatWhole(ContextFrame frame)
        {
            List<string>? dropped = null;
            string header = FormatContext(frame, null, BaggageCodec.MaxEntries, BaggageCodec.MaxBytes, ref dropped);
            Report(dropped, BaggageCodec.MaxEntries, BaggageCodec.MaxBytes);
            return header;
        }

        /// <summary>
        /// The usual new frame - pushed, a few pairs, none of whose keys an outer frame sets - costs only its own pairs,
        /// appended to its parent's header; null when that would not be what <see cref="FormatWhole"/> gives (a key set
        /// again, a limit crossed) or the stack is deep (the parent's header is then not worth building).
        /// </summary>
        private static string? AppendToParent(ContextFrame frame)
        {
            if (frame.Depth > 64 || frame.Received is not null)
                return null;
            string parent = frame.Parent is null ? string.Empty : DefaultHeader(frame.Parent); // recursion bounded by the depth check
            if (!frame.IsPushed || frame.Count == 0)
                return parent;
            for (int i = 0; i < frame.Count; i++)
            {
                KeyValuePair<string, object?> pair = frame[i];
                if (pair.Value is null || !BaggageCodec.IsToken(pair.Key) || SetOutside(frame, i, pair.Key))
                    return null;
            }

            StringBuilder text = _builder ??= new StringBuilder(256);
            text.Clear().Append(parent);
            int count = CountMembers(parent);
            List<string>? dropped = null;
            for (int i = 0; i < frame.Count; i++)
            {
                int before = text.Length;
                BaggageCodec.Append(text, new BaggageEntry(frame[i].Key, Text(frame[i].Value!)), ref count, null, BaggageCodec.MaxEntries, BaggageCodec.MaxBytes);
                if (text.Length == before)
                    (dropped ??= new List<string>()).Add(frame[i].Key);
            }

            string header = text.Length == parent.Length ? parent : text.ToString();
            if (text.Capacity > 16 * 1024)
                _builder = null; // do not keep a large one alive
            Report(dropped, BaggageCodec.MaxEntries, BaggageCodec.MaxBytes);
            return header;
        }

        /// <summary>Whether an earlier pair of the frame, or an outer frame that crosses, sets the key.</summary>
        private static bool SetOutside(ContextFrame frame, int index, string key)
        {
            for (int i = 0; i < index; i++)
            {
                if (frame[i].Key == key)
                    return true;
            }

            for (ContextFrame? outer = frame.Parent; outer is not null; outer = outer.Parent)
            {
                if (outer.Received is ReceivedBaggage received)
                {
                    foreach (BaggageEntry member in received.Members)
                    {
                        if (member.Key == key)
                            return true;
                    }
                }
                else if (outer.IsPushed)
                {
                    for (int i = 0; i < outer.Count; i++)
                    {
                        if (outer[i].Key == key)
                            return true;
                    }
                }
            }

            return false;
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

        /// <summary>The header for the context alone (nothing else on the carrier); "" for none.</summary>
        private static string FormatContext(ContextFrame top, ContextPropagationOptions? options, int maxEntries, int maxBytes, ref List<string>? dropped)
        {
            List<BaggageEntry> members = CollectContext(top, options);
            if (members.Count == 0)
                return string.Empty;

            // One builder per thread, reused: a request's header costs only its string.
            StringBuilder text = _builder ??= new StringBuilder(256);
            text.Clear();
            int count = 0;
            foreach (BaggageEntry member in members)
            {
                int before = text.Length;
                BaggageCodec.Append(text, member, ref count, null, maxEntries, maxBytes);
                if (text.Length == before)
                    (dropped ??= new List<string>()).Add(BaggageCodec.IsToken(member.Key) ? member.Key : member.Key + " (not a token)");
            }

            string header = text.ToString();
            if (text.Capacity > 16 * 1024)
                _builder = null; // do not keep a large one alive
            return header;
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
        /// Writes the current context into the carrier's <c>baggage</c>: members already there (from the caller, or
        /// from <see cref="Activity"/> baggage such as OpenTelemetry's) are kept, a context key replaces a member of the
        /// same key, and the result is one header value within the limits.
        /// </summary>
        public static void Inject<T>(T carrier, Func<T, string, IEnumerable<string>?> getter, Action<T, string, string> setter, ContextPropagationOptions? options = null)
        {
            if (getter is null)
                throw new ArgumentNullException(nameof(getter));
            if (setter is null)
                throw new ArgumentNullException(nameof(setter));
            options?.Validate();
            string? header = Merge(getter(carrier, HeaderName) ?? Array.Empty<string>(), ActivityBaggage(), options);
            if (header is not null)
                setter(carrier, HeaderName, header);
        }

        /// <summary>Writes the current context into message headers (see <see cref="Inject{T}"/>).</summary>
        public static void Inject(IDictionary<string, string> headers, ContextPropagationOptions? options = null) =>
            Inject(headers, (h, key) => h.TryGetValue(key, out string? value) ? new[] { value } : null, (h, key, value) => h[key] = value, options);

        /// <summary>
        /// Opens a context scope from the carrier's baggage, for the work done on its behalf; dispose it when that work
        /// ends. The members the options accept (<see cref="ContextPropagationOptions.AcceptedKeys"/>,
        /// <see cref="ContextPropagationOptions.AcceptAll"/>; by default none) enter the records; all are passed on by
        /// <see cref="Inject{T}"/> inside the scope. With no baggage, returns a scope that does nothing.
        /// </summary>
        public static IDisposable Extract<T>(T carrier, Func<T, string, IEnumerable<string>?> getter, ContextPropagationOptions? options = null, Action<string>? onProblem = null)
        {
            if (getter is null)
                throw new ArgumentNullException(nameof(getter));
            return ExtractValues(getter(carrier, HeaderName), options, onProblem, null);
        }

        /// <summary>Opens a context scope from message headers (see <see cref="Extract{T}"/>).</summary>
        public static IDisposable Extract(IReadOnlyDictionary<string, string> headers, ContextPropagationOptions? options = null, Action<string>? onProblem = null) =>
            Extract(headers, (h, key) => h.TryGetValue(key, out string? value) ? new[] { value } : null, options, onProblem);

        /// <summary>
        /// Opens a context scope from received <c>baggage</c> header values (see <see cref="Extract{T}"/>);
        /// <paramref name="onNotAccepted"/> hears the keys that are passed on without entering the records, so a
        /// receiver can say why a caller's context is missing from them.
        /// </summary>
        public static IDisposable ExtractValues(IEnumerable<string>? headerValues, ContextPropagationOptions? options, Action<string>? onProblem, Action<IReadOnlyList<string>>? onNotAccepted)
        {
            IEnumerable<string>? headers = headerValues;
            options?.Validate();
            if (headers is null)
                return NoScope.Instance;
            int maxEntries = options?.MaxEntries ?? BaggageCodec.MaxEntries, budget = options?.MaxBytes ?? BaggageCodec.MaxBytes;
            var problems = onProblem is null ? null : new List<string>();
            List<BaggageEntry> entries = _parsed ??= new List<BaggageEntry>();
            entries.Clear();
            try
            {
                return Receive(headers, entries, options, problems, onProblem, onNotAccepted, maxEntries, budget);
            }
            finally
            {
                if (entries.Capacity > 256)
                    _parsed = null; // do not keep a large one alive
                else
                    entries.Clear();
            }
        }

        private static IDisposable Receive(IEnumerable<string> headers, List<BaggageEntry> entries, ContextPropagationOptions? options, List<string>? problems, Action<string>? onProblem, Action<IReadOnlyList<string>>? onNotAccepted, int maxEntries, int budget)
        {
            if (headers is string[] array)
            {
                // The usual carrier answer; indexing it spares the enumerator.
                foreach (string header in array)
                {
                    if (header is not null)
                        BaggageCodec.ParseInto(header, entries, problems, ref budget);
                }
            }
            else
            {
                foreach (string header in headers)
                {
                    if (header is not null)
                        BaggageCodec.ParseInto(header, entries, problems, ref budget);
                }
            }

            BaggageCodec.Deduplicate(entries);
            BaggageCodec.Cap(entries, maxEntries, problems);
            if (options?.AllowedKeys is not null)
                RemoveDisallowed(entries, options); // not a lambda here: its closure would be made on every call
            if (problems is not null)
            {
                foreach (string problem in problems)
                    onProblem!("Ignored baggage: " + problem + ".");
            }

            // The activity's reading of the same headers (ASP.NET Core's), which must not come back through the merge.
            KeyValuePair<string, string?>[]? fromActivity = ActivityPairsFrom(headers);
            if (entries.Count == 0 && fromActivity is null)
                return NoScope.Instance;

            int count = 0;
            var pairs = new KeyValuePair<string, object?>[entries.Count];
            List<string>? notAccepted = null;
            foreach (BaggageEntry entry in entries)
            {
                if (!(options ?? DefaultOptions).Accepts(entry.Key))
                    (notAccepted ??= new List<string>()).Add(entry.Key);
                else if (entry.Value.Length > 0)
                    pairs[count++] = new KeyValuePair<string, object?>(entry.Key, entry.Value); // an empty value is passed on, not a context value
            }

            if (notAccepted is not null)
                onNotAccepted?.Invoke(notAccepted);
            if (count == entries.Count && count > 0 && fromActivity is null && !HasProperties(entries))
            {
                // The usual hop: every member accepted as it came. The pairs say all there is to pass on.
                return DiagnosticContext.PushValidated(pairs); // keys are tokens and values non-empty: nothing to validate again
            }

            if (count < pairs.Length)
                Array.Resize(ref pairs, count);
            return DiagnosticContext.PushReceived(pairs, new ReceivedBaggage(entries.ToArray(), fromActivity));
        }

        private static void RemoveDisallowed(List<BaggageEntry> entries, ContextPropagationOptions options)
        {
            int kept = 0;
            for (int i = 0; i < entries.Count; i++)
            {
                if (options.Allows(entries[i].Key))
                    entries[kept++] = entries[i];
            }

            entries.RemoveRange(kept, entries.Count - kept);
        }

        private static bool HasProperties(List<BaggageEntry> entries)
        {
            foreach (BaggageEntry entry in entries)
            {
                if (!string.IsNullOrEmpty(entry.Properties))
                    return true;
            }

            return false;
        }

        private static readonly ContextPropagationOptions DefaultOptions = new ContextPropagationOptions();

        /// <summary>
        /// The pairs of the current activity's baggage that the platform read from these headers (ASP.NET Core fills it
        /// from the same <c>baggage</c> header, in its own, looser reading): their keys occur in the headers' text.
        /// </summary>
        private static KeyValuePair<string, string?>[]? ActivityPairsFrom(IEnumerable<string> headers)
        {
            List<KeyValuePair<string, string?>>? pairs = null;
            Activity? activity = Activity.Current;
            if (activity is null)
                return null;
            foreach (KeyValuePair<string, string?> pair in activity.Baggage)
            {
                if (string.IsNullOrEmpty(pair.Key))
                    continue;
                foreach (string header in headers)
                {
                    if (header is not null && header.IndexOf(pair.Key, StringComparison.Ordinal) >= 0)
                    {
                        (pairs ??= new List<KeyValuePair<string, string?>>()).Add(pair);
                        break;
                    }
                }
            }

            return pairs?.ToArray();
        }

        /// <summary>The header value for existing members + activity baggage + the current context; null when there is nothing to send.</summary>
        internal static string? Merge(IEnumerable<string> existing, IEnumerable<KeyValuePair<string, string?>>? activity, ContextPropagationOptions? options)
        {
            int maxEntries = options?.MaxEntries ?? BaggageCodec.MaxEntries, maxBytes = options?.MaxBytes ?? BaggageCodec.MaxBytes;
            List<string>? dropped = null;
            string header;
            IList<string> values = existing as IList<string> ?? new List<string>(existing);
            ContextFrame? top = DiagnosticContext.CurrentFrame;
            List<BaggageEntry>? fromActivity = ActivityMembers(activity, top, options);
            if (values.Count == 0 && fromActivity is null)
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
                return header.Length == 0 ? null : header;
            }

            var merged = new List<BaggageEntry>();
            int unlimited = int.MaxValue;
            foreach (string value in values)
            {
                if (value is not null)
                    BaggageCodec.ParseInto(value, merged, null, ref unlimited);
            }

            BaggageCodec.Deduplicate(merged);
            if (fromActivity is not null)
            {
                foreach (BaggageEntry member in fromActivity)
                {
                    if (IndexOf(merged, member.Key) < 0)
                        merged.Add(member);
                }
            }

            foreach (BaggageEntry member in CollectContext(top, options))
            {
                int at = IndexOf(merged, member.Key);
                if (at >= 0)
                    merged[at] = member; // the context's value replaces a member of the same key already on the carrier
                else
                    merged.Add(member);
            }

            if (merged.Count == 0)
                return null;
            dropped = new List<string>();
            header = BaggageCodec.Format(merged, dropped, maxEntries, maxBytes);
            Report(dropped, maxEntries, maxBytes);
            return header.Length == 0 ? null : header;
        }

        /// <summary>
        /// The activity's baggage to merge, null for none: every pair but those a received frame of the stack already
        /// stands for (the platform's reading of the header that frame was extracted from - its members are passed on
        /// as received, and what the toolkit refused must not come back in another reading).
        /// </summary>
        private static List<BaggageEntry>? ActivityMembers(IEnumerable<KeyValuePair<string, string?>>? activity, ContextFrame? top, ContextPropagationOptions? options)
        {
            if (activity is null)
                return null;
            List<BaggageEntry>? members = null;
            foreach (KeyValuePair<string, string?> pair in activity)
            {
                if (pair.Value is null || pair.Key is null || (options is not null && !options.Allows(pair.Key)) || StandsFor(top, pair))
                    continue;
                (members ??= new List<BaggageEntry>()).Add(new BaggageEntry(pair.Key, pair.Value));
            }

            return members;
        }

        private static bool StandsFor(ContextFrame? top, KeyValuePair<string, string?> pair)
        {
            for (ContextFrame? frame = top; frame is not null; frame = frame.Parent)
            {
                if (frame.Received?.WasOnActivity(pair) == true)
                    return true;
            }

            return false;
        }

        /// <summary>For tests: the next limit crossing is reported again.</summary>
        internal static void ResetLimitReport() => _limitReported = 0;

        private static void Report(List<string>? dropped, int maxEntries, int maxBytes)
        {
            if (dropped is not { Count: > 0 } || System.Threading.Interlocked.Exchange(ref _limitReported, 1) != 0)
                return;
            Action<string>? handler = LimitExceeded;
            if (handler is null)
                return;
            string message = $"Baggage members left out to stay within {maxEntries} members and {maxBytes} bytes (or with keys that are not tokens): {string.Join(", ", dropped)}. Reported once.";
            foreach (Action<string> one in handler.GetInvocationList())
            {
                try
                {
                    one(message);
                }
                catch (Exception)
                {
                    // A reporting handler must not make a request fail; the others still hear of it.
                }
            }
        }

        private static IEnumerable<KeyValuePair<string, string?>>? ActivityBaggage() => Activity.Current?.Baggage;

        private static string Text(object value) => ContextFrame.FormatValue(value); // never throws: a marker where ToString does

        private sealed class NoScope : IDisposable
        {
            public static readonly NoScope Instance = new NoScope();

            public void Dispose()
            {
            }
        }
    }
}
