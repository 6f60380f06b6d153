using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using I18nToolkit.Cli.Logs.Expressions;
using I18nToolkit.Cli.Logs.Records;

namespace I18nToolkit.Cli.Logs
{
    /// <summary>
    /// The loop behind <c>logs filter</c> and <c>logs stats</c>: each line is checked against the filter's required text
    /// (most non-matching lines end there, unparsed), parsed, held to the time window and the filter. A line that is not
    /// a JSON object is counted and reported with its line number; it never stops the scan and is never dropped silently.
    /// </summary>
    internal sealed class LogScan
    {
        private const int ReportedLines = 10;
        private static readonly byte[] UnicodeEscape = { (byte)'\\', (byte)'u' };

        private readonly CompiledFilter? _filter;
        private readonly DateTimeOffset? _since;
        private readonly DateTimeOffset? _until;
        private readonly List<string> _problems = new List<string>();

        private readonly List<string> _fields = new List<string>();
        private readonly ClefFieldReader _reader;

        /// <param name="filter">Which records match; null for all.</param>
        /// <param name="since">The time window (inclusive); null for open.</param>
        /// <param name="until">The time window's end (inclusive); null for open.</param>
        /// <param name="fields">Fields the caller reads from each match, through <see cref="LogMatch.Slots"/>.</param>
        /// <param name="needsRecord">Whether the caller reads <see cref="LogMatch.Record"/> (it is then read, and checked, in the scan).</param>
        public LogScan(CompiledFilter? filter, DateTimeOffset? since, DateTimeOffset? until, IEnumerable<string>? fields = null, bool needsRecord = false)
        {
            _filter = filter;
            _since = since;
            _until = until;
            _needsRecord = needsRecord;
            foreach (string field in fields ?? Array.Empty<string>())
            {
                if (!_fields.Contains(field))
                    _fields.Add(field);
            }

            _reader = new ClefFieldReader(_fields);
        }

        private readonly bool _needsRecord;

        /// <summary>The slot of a field named when the scan was made.</summary>
        public int SlotOf(string field) => _fields.IndexOf(field);

        public long Lines { get; private set; }

        public long Matched { get; private set; }

        public long Malformed { get; private set; }

        /// <summary>Records the filter could not be evaluated on (and which were skipped, and reported).</summary>
        public long Unevaluated { get; private set; }

        /// <summary>
        /// Scans every block: <paramref name="onMatch"/> gets each match with the state that
        /// <paramref name="create"/> made for its block, and <paramref name="complete"/> gets the blocks' states in input
        /// order. In parallel, a few blocks are scanned at once (memory stays a few megabytes); the output order is kept.
        /// </summary>
        public void Run<TState>(IEnumerable<LogBlock> blocks, bool parallel, Func<TState> create, Action<TState, LogMatch> onMatch, Action<TState> complete)
        {
            int width = parallel ? Math.Max(2, Environment.ProcessorCount * 2) : 1;
            var batch = new List<LogBlock>(width);
            var states = new TState[width];
            var results = new BlockResult[width];
            foreach (LogBlock block in parallel ? ReadAhead(blocks, width * 2) : blocks)
            {
                batch.Add(block);
                if (batch.Count == width)
                    Flush();
            }

            Flush();

            void Flush()
            {
                if (batch.Count == 1)
                {
                    states[0] = create();
                    results[0] = Scan(batch[0], states[0], onMatch);
                }
                else if (batch.Count > 1)
                {
                    System.Threading.Tasks.Parallel.For(0, batch.Count, i =>
                    {
                        states[i] = create();
                        results[i] = Scan(batch[i], states[i], onMatch);
                    });
                }

                for (int i = 0; i < batch.Count; i++)
                {
                    Lines += results[i].Lines;
                    Matched += results[i].Matched;
                    Malformed += results[i].Malformed;
                    Unevaluated += results[i].Unevaluated;
                    foreach (string problem in results[i].Problems)
                    {
                        if (_problems.Count < ReportedLines)
                            _problems.Add(problem);
                    }

                    complete(states[i]);
                    batch[i].Release();
                }

                batch.Clear();
            }
        }

        /// <summary>
        /// The blocks, read on another thread up to <paramref name="ahead"/> blocks ahead of the scan, so reading (and
        /// unzipping) overlaps scanning instead of waiting for it. A reading error reaches the caller after the blocks
        /// before it; when the scan stops early, the reader stops too and the blocks it read are given back.
        /// </summary>
        private static IEnumerable<LogBlock> ReadAhead(IEnumerable<LogBlock> blocks, int ahead)
        {
            using var queue = new System.Collections.Concurrent.BlockingCollection<LogBlock>(ahead);
            using var stop = new System.Threading.CancellationTokenSource();
            System.Threading.Tasks.Task reader = System.Threading.Tasks.Task.Run(() =>
            {
                try
                {
                    foreach (LogBlock block in blocks)
                    {
                        try
                        {
                            queue.Add(block, stop.Token);
                        }
                        catch (OperationCanceledException)
                        {
                            block.Release();
                            return;
                        }
                    }
                }
                finally
                {
                    queue.CompleteAdding();
                }
            });
            try
            {
                foreach (LogBlock block in queue.GetConsumingEnumerable())
                    yield return block;
                reader.GetAwaiter().GetResult(); // a reading error, after the blocks read before it
            }
            finally
            {
                stop.Cancel();
                while (queue.TryTake(out LogBlock? left))
                    left.Release();
                try
                {
                    reader.Wait();
                }
                catch (AggregateException)
                {
                    // Already reported above, or the scan itself failed: its exception is the one that counts.
                }
            }
        }

        private sealed class BlockResult
        {
            public long Lines;
            public long Matched;
            public long Malformed;
            public long Unevaluated;
            public List<string> Problems = new List<string>();
        }

        // The scan's hot methods are compiled optimized at once: the tool, built for .NET 8, runs on later runtimes,
        // which do not use its ahead-of-time code, and a scan is mostly over before tiered compilation optimizes its
        // loops (about 8 % of the README filter's time over 200 MB, alternating runs).
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private BlockResult Scan<TState>(LogBlock block, TState state, Action<TState, LogMatch> onMatch)
        {
            var result = new BlockResult();
            var match = new LogMatch(_fields.Count);
            LogValue[] slots = match.Slots;
            IReadOnlyList<RequiredText>? required = _filter?.RequiredText;
            bool evaluate = _filter is not null || _since is not null || _until is not null;
            // A block with no \u escape at all: no line in it can spell the required text differently.
            bool escapes = required is { Count: > 0 } && new ReadOnlySpan<byte>(block.Buffer, 0, block.Length).IndexOf(UnicodeEscape) >= 0;
            var search = required is { Count: > 0 } ? new BlockSearch(block, required) : null;
            var all = new ReadOnlySpan<byte>(block.Buffer, 0, block.Length);
            long number = block.FirstLine - 1;
            for (int start = 0, next; start < block.Length; start = next)
            {
                // One line: [start, end), its CR dropped; lines are found here, not through an iterator, as this loop is hot.
                int newline = all.Slice(start).IndexOf((byte)'\n');
                int end = newline < 0 ? block.Length : start + newline;
                next = end + 1;
                number++;
                int stop = end > start && all[end - 1] == '\r' ? end - 1 : end;
                ReadOnlySpan<byte> bytes = all.Slice(start, stop - start);
                if (IsBlank(bytes))
                    continue;
                result.Lines++;

                // A line that lacks the filter's text cannot match; unless it does not even look like one JSON object
                // (truncated, plain text), which the reader below then reports.
                if (search is not null && !(escapes && bytes.IndexOf(UnicodeEscape) >= 0) && !search.Holds(start, stop) && LooksLikeObject(bytes))
                    continue;

                var line = new LogLine(block.Source, number, new ReadOnlyMemory<byte>(block.Buffer, start, stop - start));
                LogRecord? record = null;
                try
                {
                    bool window = _since is not null || _until is not null;
                    if (_filter?.Fast is FastFilter fast && fast.TryMatch(bytes, window, out bool fastMatch, out DateTimeOffset? fastTime))
                    {
                        // A simple filter on a CLEF line: evaluated field by field (its meaning is the language's).
                        if (!fastMatch || (window && !InWindow(fastTime is not null, fastTime.GetValueOrDefault())))
                            continue;
                    }
                    else if (evaluate)
                    {
                        // The filter is Serilog.Expressions' own, evaluated on the line read as a Serilog event.
                        Serilog.Events.LogEvent logEvent = LogEventReader.Read(bytes, out bool hasTime, _filter?.Needs ?? EventNeeds.None);
                        if (window && !InWindow(hasTime, logEvent.Timestamp))
                            continue;
                        if (_filter is not null && !Evaluate(logEvent, line, result))
                            continue;
                    }

                    // The fields the caller reads, straight from the line where it is CLEF; else from the whole record.
                    // (With none to read, a line the filter or window has read is known to be JSON already.)
                    if ((_fields.Count > 0 || !evaluate) && !_reader.TryRead(bytes, slots))
                    {
                        record = LogRecord.Parse(bytes);
                        for (int i = 0; i < slots.Length; i++)
                            slots[i] = record.Get(_fields[i]);
                    }

                    if (_needsRecord)
                        record ??= LogRecord.Parse(bytes);
                }
                catch (Exception e) when (e is JsonException || e is InvalidOperationException || e is ArgumentException || e is FormatException || e is OverflowException)
                {
                    // Not JSON, or strings no text can hold (invalid UTF-8, a lone surrogate escape): reported, skipped,
                    // and the scan goes on.
                    result.Malformed++;
                    if (result.Problems.Count < ReportedLines)
                        result.Problems.Add($"{line.Source}:{line.Number}: not a JSON log record ({Formatting.SafeText.Quote(FirstSentence(e.Message), 200)}); skipped.");
                    continue;
                }

                result.Matched++;
                match.Reset(line, record);
                onMatch(state, match);
            }

            return result;
        }

        /// <summary>
        /// Writes the malformed lines (the first ten, then a count) and the lines the source skipped for their length to
        /// <paramref name="error"/>; true if there were any.
        /// </summary>
        public bool ReportProblems(TextWriter error, LogLineSource? source = null)
        {
            foreach (string problem in _problems)
                error.WriteLine("i18n: " + problem);
            if (Malformed + Unevaluated > _problems.Count)
                error.WriteLine($"i18n: ... {Malformed + Unevaluated - _problems.Count} more.");
            if (Malformed > 0)
                error.WriteLine($"i18n: {Malformed} of {Lines} lines were not JSON log records and were skipped.");
            if (Unevaluated > 0)
                error.WriteLine($"i18n: the filter could not be evaluated on {Unevaluated} of {Lines} records; they were skipped.");
            long overlong = source?.SkippedLines ?? 0;
            foreach (string problem in source?.Problems ?? Array.Empty<string>())
                error.WriteLine("i18n: " + problem);
            if (overlong > (source?.Problems.Count ?? 0))
                error.WriteLine($"i18n: ... {overlong - source!.Problems.Count} more lines too long.");
            return Malformed > 0 || Unevaluated > 0 || overlong > 0;
        }

        /// <summary>
        /// The library's verdict; where evaluating throws (a number beyond a decimal, a regular expression that times
        /// out), the record is reported and skipped - the scan goes on.
        /// </summary>
        private bool Evaluate(Serilog.Events.LogEvent logEvent, LogLine line, BlockResult result)
        {
            try
            {
                return _filter!.Matches(logEvent);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                result.Unevaluated++;
                if (result.Problems.Count < ReportedLines)
                    result.Problems.Add($"{line.Source}:{line.Number}: the filter could not be evaluated on this record ({Formatting.SafeText.Quote(FirstSentence(e.Message), 200)}); skipped.");
                return false;
            }
        }

        private bool InWindow(bool hasTime, DateTimeOffset time)
        {
            if (!hasTime)
                return false; // a record without a readable time is in no window
            return (_since is null || time >= _since) && (_until is null || time <= _until);
        }

        private static bool LooksLikeObject(ReadOnlySpan<byte> bytes)
        {
            bytes = bytes.Trim((byte)' ');
            return bytes.Length >= 2 && bytes[0] == '{' && bytes[bytes.Length - 1] == '}';
        }

        private static bool IsBlank(ReadOnlySpan<byte> bytes)
        {
            foreach (byte b in bytes)
            {
                if (b != ' ' && b != '\t' && b != '\r')
                    return false;
            }

            return true;
        }

        /// <summary>
        /// The required text of a block's lines, searched for through the whole block once per text rather than line by
        /// line: each text's next occurrence is kept, and a line holds it when that occurrence starts inside it.
        /// </summary>
        private sealed class BlockSearch
        {
            private readonly byte[] _block;
            private readonly int _length;
            private readonly IReadOnlyList<RequiredText> _groups;
            private readonly int[][] _next;

            public BlockSearch(LogBlock block, IReadOnlyList<RequiredText> groups)
            {
                _block = block.Buffer;
                _length = block.Length;
                _groups = groups;
                _next = new int[groups.Count][];
                for (int g = 0; g < groups.Count; g++)
                {
                    _next[g] = new int[groups[g].Alternatives.Length];
                    Array.Fill(_next[g], -1);
                }
            }

            /// <summary>Whether the line [start, end) holds, for each group, one of its texts (or its level).</summary>
            public bool Holds(int start, int end)
            {
                for (int g = 0; g < _groups.Count; g++)
                {
                    if (!GroupHolds(g, start, end))
                        return false;
                }

                return true;
            }

            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
            private bool GroupHolds(int g, int start, int end)
            {
                byte[][] texts = _groups[g].Alternatives;
                int[] next = _next[g];
                for (int a = 0; a < texts.Length; a++)
                {
                    if (next[a] < start)
                    {
                        int found = new ReadOnlySpan<byte>(_block, start, _length - start).IndexOf(texts[a]);
                        next[a] = found < 0 ? int.MaxValue : start + found;
                    }

                    if (next[a] <= end - texts[a].Length)
                        return true;
                }

                return _groups[g].Levels.Length > 0 && _groups[g].LevelIn(new ReadOnlySpan<byte>(_block, start, end - start));
            }
        }

        private static string FirstSentence(string message)
        {
            int end = message.IndexOf(". ", StringComparison.Ordinal);
            return end > 0 ? message.Substring(0, end) : message.TrimEnd('.');
        }
    }
}
