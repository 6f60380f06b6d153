using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using I18nToolkit.Grammar;

namespace I18nToolkit.Build.Extraction
{
    /// <summary>
    /// What each source file held when it was last read, keyed by path, size and write time, so a build re-reads only
    /// the files that changed. Kept in the intermediate folder as plain text; an unreadable cache is simply rebuilt.
    /// </summary>
    internal sealed class ExtractionCache
    {
        private const string Header = "i18n-extraction-cache 4";

        // A warm MSBuild node keeps the last cache of each project in memory, so a build reads no cache file.
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ExtractionCache> InMemory =
            new System.Collections.Concurrent.ConcurrentDictionary<string, ExtractionCache>(StringComparer.Ordinal);

        private readonly Dictionary<string, (long Size, long Ticks, FileMessages Messages)> _files =
            new Dictionary<string, (long, long, FileMessages)>(StringComparer.Ordinal);

        private string _pattern = string.Empty;

        /// <summary>A fingerprint of the catalog last written (texts and sites), and the write time of each culture file after that merge.</summary>
        public string? Fingerprint { get; set; }

        /// <summary>A fingerprint of the texts alone: culture files do not name sites, so moved lines need no merge.</summary>
        public string? TextFingerprint { get; set; }

        public Dictionary<string, long> CultureStamps { get; } = new Dictionary<string, long>(StringComparer.Ordinal);

        public int Hits { get; private set; }

        /// <summary>Whether this build found the cache in the node's memory (a warm node) rather than on disk.</summary>
        public bool FromMemory { get; private set; }

        public int Misses { get; private set; }

        public static ExtractionCache Load(string? path, MessageIdPattern pattern)
        {
            if (path is not null && InMemory.TryGetValue(path, out ExtractionCache? warm) && warm._pattern == pattern.Pattern && File.Exists(path))
            {
                warm.FromMemory = true;
                return warm;
            }
            var cache = new ExtractionCache { _pattern = pattern.Pattern };
            if (path is null || !File.Exists(path))
                return cache;
            try
            {
                string[] lines = File.ReadAllLines(path, Encoding.UTF8);
                if (lines.Length == 0 || lines[0] != Header + "\t" + pattern.Pattern)
                    return cache; // another format or another ID pattern: start over
                string? file = null;
                long size = 0, ticks = 0;
                var messages = new List<FoundMessage>();
                var problems = new List<ExtractionProblem>();
                var folds = new List<FoldSite>();
                for (int i = 1; i < lines.Length; i++)
                {
                    string[] f = lines[i].Split('\t');
                    switch (f[0])
                    {
                        case "F":
                            Flush();
                            file = Unescape(f[1]);
                            size = long.Parse(f[2], CultureInfo.InvariantCulture);
                            ticks = long.Parse(f[3], CultureInfo.InvariantCulture);
                            break;
                        case "M":
                            messages.Add(new FoundMessage(MessageDefinition.Parse(Unescape(f[2]), pattern), file!, int.Parse(f[1], CultureInfo.InvariantCulture)));
                            break;
                        case "P":
                            problems.Add(new ExtractionProblem(file!, int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture), Unescape(f[3]),
                                f.Length > 4 ? f[4] : ExtractionProblem.MessageCode));
                            break;
                        case "K":
                            folds.Add(new FoldSite(int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture),
                                int.Parse(f[3], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture),
                                f[5].Length == 0 ? Array.Empty<string>() : Unescape(f[5]).Split(';')));
                            break;
                        case "C":
                            cache.Fingerprint = f[1];
                            cache.TextFingerprint = f.Length > 2 ? f[2] : null;
                            break;
                        case "S":
                            cache.CultureStamps[Unescape(f[1])] = long.Parse(f[2], CultureInfo.InvariantCulture);
                            break;
                    }
                }

                Flush();

                void Flush()
                {
                    if (file is not null)
                        cache._files[file] = (size, ticks, new FileMessages(messages.ToArray(), problems.ToArray(), folds.ToArray()));
                    messages.Clear();
                    problems.Clear();
                    folds.Clear();
                }
            }
            catch (Exception e) when (e is IOException || e is FormatException || e is IndexOutOfRangeException || e is NullReferenceException || e is UnauthorizedAccessException)
            {
                return new ExtractionCache { _pattern = pattern.Pattern };
            }

            return cache;
        }

        /// <summary>
        /// Each file's messages, in the order given: from the cache when its size and write time are unchanged, else
        /// read now (the changed files in parallel).
        /// </summary>
        public IReadOnlyList<FileMessages> GetAll(IReadOnlyList<(string FullPath, string ProjectPath)> files, SourceMessageExtractor extractor)
        {
            var result = new FileMessages[files.Count];
            var stamps = new (long Size, long Ticks)[files.Count];
            System.Threading.Tasks.Parallel.For(0, files.Count, i =>
            {
                var info = new FileInfo(files[i].FullPath);
                stamps[i] = (info.Length, info.LastWriteTimeUtc.Ticks);
            });
            var misses = new List<(int Index, long Size, long Ticks)>();
            for (int i = 0; i < files.Count; i++)
            {
                var (size, ticks) = stamps[i];
                if (_files.TryGetValue(files[i].ProjectPath, out var known) && known.Size == size && known.Ticks == ticks)
                    result[i] = known.Messages;
                else
                    misses.Add((i, size, ticks));
            }

            System.Threading.Tasks.Parallel.ForEach(misses, miss =>
                result[miss.Index] = extractor.Extract(files[miss.Index].ProjectPath, File.ReadAllText(files[miss.Index].FullPath)));

            // Whether the catalog can change: a file came, went, or now holds other messages (not just other code).
            bool sameFiles = _lastFiles is not null && _lastFiles.Length == files.Count;
            for (int i = 0; sameFiles && i < files.Count; i++)
                sameFiles = string.Equals(_lastFiles![i], files[i].ProjectPath, StringComparison.Ordinal);
            MessagesChanged = !sameFiles;
            _missed.Clear();
            foreach (var miss in misses)
            {
                string key = files[miss.Index].ProjectPath;
                if (!_files.TryGetValue(key, out var before) || !SameMessages(before.Messages, result[miss.Index]))
                    MessagesChanged = true;
                _files[key] = (miss.Size, miss.Ticks, result[miss.Index]);
                _missed.Add(key);
            }

            _lastFiles = new string[files.Count];
            for (int i = 0; i < files.Count; i++)
                _lastFiles[i] = files[i].ProjectPath;
            Hits = files.Count - misses.Count;
            Misses = misses.Count;
            return result;
        }

        /// <summary>False when the files read by the last <see cref="GetAll"/> could change the catalog; then it must be rebuilt.</summary>
        public bool MessagesChanged { get; private set; } = true;

        /// <summary>The culture files as last merged, by path: kept in a warm node's memory only, never written.</summary>
        public Dictionary<string, Resources.CultureDocument> CultureDocuments { get; } = new Dictionary<string, Resources.CultureDocument>(StringComparer.Ordinal);

        /// <summary>The neutral file's entries as last rendered (see <see cref="Resources.NeutralResxWriter.Render"/>); memory only.</summary>
        public Dictionary<string, (string Text, IReadOnlyList<string> Sites, string Xml)> NeutralFragments { get; } = new Dictionary<string, (string, IReadOnlyList<string>, string)>(StringComparer.Ordinal);

        /// <summary>The catalog built from these files last time, for the caller to reuse while <see cref="MessagesChanged"/> is false.</summary>
        public object? Catalog { get; set; }

        /// <summary>The files' messages with the constants folded (<see cref="ConstantFolder"/>) last time; memory only.</summary>
        public FileMessages[]? Folded { get; set; }

        private static bool SameMessages(FileMessages a, FileMessages b)
        {
            if (a.Messages.Count != b.Messages.Count || a.Problems.Count != b.Problems.Count || a.Folds.Count != b.Folds.Count)
                return false;
            for (int i = 0; i < a.Folds.Count; i++)
            {
                if (a.Folds[i].Start != b.Folds[i].Start || a.Folds[i].Length != b.Folds[i].Length)
                    return false;
            }

            for (int i = 0; i < a.Messages.Count; i++)
            {
                if (a.Messages[i].Line != b.Messages[i].Line || !string.Equals(a.Messages[i].Definition.Text, b.Messages[i].Definition.Text, StringComparison.Ordinal))
                    return false;
            }

            for (int i = 0; i < a.Problems.Count; i++)
            {
                if (a.Problems[i].ToString() != b.Problems[i].ToString())
                    return false;
            }

            return true;
        }

        /// <summary>
        /// Keeps only the given files (others were removed from the project), persists the cache and keeps it in memory.
        /// While the file on disk is the one this cache last wrote, a few changed files are appended to it (later
        /// records win when it is read); a full rewrite compacts it when the appended part grows or files were removed.
        /// </summary>
        public void Save(string path, MessageIdPattern pattern, ICollection<string> keep)
        {
            bool removed = false;
            foreach (string gone in new List<string>(_files.Keys))
            {
                if (!keep.Contains(gone))
                {
                    _files.Remove(gone);
                    removed = true;
                }
            }

            InMemory[path] = this;
            if (Misses == 0 && !removed && File.Exists(path) && !_stampsChanged)
                return; // nothing new to persist
            var text = new StringBuilder();
            bool append = FromMemory && !removed && File.Exists(path) && _appended + _missed.Count < Math.Max(64, _files.Count / 4)
                && File.GetLastWriteTimeUtc(path).Ticks == _writtenTicks;
            if (!append)
                text.Append(Header).Append('\t').Append(pattern.Pattern).Append('\n');
            AppendState(text);
            foreach (var file in _files)
            {
                if (!append || _missed.Contains(file.Key))
                    AppendFile(text, file.Key, file.Value.Size, file.Value.Ticks, file.Value.Messages);
            }

            if (append)
            {
                using (var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read))
                {
                    byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
                    stream.Write(bytes, 0, bytes.Length);
                }

                _appended += _missed.Count;
            }
            else
            {
                IO.AtomicFile.WriteIfChanged(path, text.ToString());
                _appended = 0;
            }

            _stampsChanged = false;
            _writtenTicks = File.GetLastWriteTimeUtc(path).Ticks;
        }

        private void AppendState(StringBuilder text)
        {
            if (Fingerprint is not null)
                text.Append("C\t").Append(Fingerprint).Append('\t').Append(TextFingerprint).Append('\n');
            foreach (var stamp in CultureStamps)
                text.Append("S\t").Append(Escape(stamp.Key)).Append('\t').Append(stamp.Value.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        private static void AppendFile(StringBuilder text, string file, long size, long ticks, FileMessages messages)
        {
            text.Append("F\t").Append(Escape(file)).Append('\t').Append(size.ToString(CultureInfo.InvariantCulture))
                .Append('\t').Append(ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
            foreach (FoundMessage m in messages.Messages)
                text.Append("M\t").Append(m.Line.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(Escape(m.Definition.Text)).Append('\n');
            foreach (ExtractionProblem p in messages.Problems)
                text.Append("P\t").Append(p.Line.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(p.Column.ToString(CultureInfo.InvariantCulture))
                    .Append('\t').Append(Escape(p.Message)).Append('\t').Append(p.Code).Append('\n');
            foreach (FoldSite k in messages.Folds)
                text.Append("K\t").Append(k.Line.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(k.Column.ToString(CultureInfo.InvariantCulture))
                    .Append('\t').Append(k.Start.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(k.Length.ToString(CultureInfo.InvariantCulture))
                    .Append('\t').Append(Escape(string.Join(";", k.Symbols))).Append('\n');
        }

        private readonly HashSet<string> _missed = new HashSet<string>(StringComparer.Ordinal);
        private string[]? _lastFiles;
        private int _appended;
        private long _writtenTicks;

        private bool _stampsChanged;

        /// <summary>Records the catalog fingerprint and culture file write times after a merge.</summary>
        public void Remember(string fingerprint, string textFingerprint, IEnumerable<KeyValuePair<string, long>> stamps)
        {
            if (Fingerprint != fingerprint || TextFingerprint != textFingerprint)
                _stampsChanged = true;
            Fingerprint = fingerprint;
            TextFingerprint = textFingerprint;
            foreach (var stamp in stamps)
            {
                if (!CultureStamps.TryGetValue(stamp.Key, out long known) || known != stamp.Value)
                    _stampsChanged = true;
                CultureStamps[stamp.Key] = stamp.Value;
            }
        }

        private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");

        private static string Unescape(string text)
        {
            var result = new StringBuilder(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] != '\\' || i + 1 == text.Length)
                {
                    result.Append(text[i]);
                    continue;
                }

                char c = text[++i];
                result.Append(c switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => c });
            }

            return result.ToString();
        }
    }
}
