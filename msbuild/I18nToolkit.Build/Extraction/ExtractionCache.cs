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
        private const string Header = "i18n-extraction-cache 2";

        // A warm MSBuild node keeps the last cache of each project in memory, so a build reads no cache file.
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ExtractionCache> InMemory =
            new System.Collections.Concurrent.ConcurrentDictionary<string, ExtractionCache>(StringComparer.Ordinal);

        private readonly Dictionary<string, (long Size, long Ticks, FileMessages Messages)> _files =
            new Dictionary<string, (long, long, FileMessages)>(StringComparer.Ordinal);

        private string _pattern = string.Empty;

        /// <summary>A fingerprint of the catalog last written, and the write time of each culture file after that merge.</summary>
        public string? Fingerprint { get; set; }

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
                            problems.Add(new ExtractionProblem(file!, int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture), Unescape(f[3])));
                            break;
                        case "C":
                            cache.Fingerprint = f[1];
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
                        cache._files[file] = (size, ticks, new FileMessages(messages.ToArray(), problems.ToArray()));
                    messages.Clear();
                    problems.Clear();
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
            var misses = new List<(int Index, long Size, long Ticks)>();
            for (int i = 0; i < files.Count; i++)
            {
                var info = new FileInfo(files[i].FullPath);
                long size = info.Length, ticks = info.LastWriteTimeUtc.Ticks;
                if (_files.TryGetValue(files[i].ProjectPath, out var known) && known.Size == size && known.Ticks == ticks)
                    result[i] = known.Messages;
                else
                    misses.Add((i, size, ticks));
            }

            System.Threading.Tasks.Parallel.ForEach(misses, miss =>
                result[miss.Index] = extractor.Extract(files[miss.Index].ProjectPath, File.ReadAllText(files[miss.Index].FullPath)));
            foreach (var miss in misses)
                _files[files[miss.Index].ProjectPath] = (miss.Size, miss.Ticks, result[miss.Index]);
            Hits = files.Count - misses.Count;
            Misses = misses.Count;
            return result;
        }

        /// <summary>Keeps only the given files (others were removed from the project), writes the cache and keeps it in memory.</summary>
        public void Save(string path, MessageIdPattern pattern, ICollection<string> keep)
        {
            foreach (string gone in new List<string>(_files.Keys))
            {
                if (!keep.Contains(gone))
                    _files.Remove(gone);
            }

            InMemory[path] = this;
            if (Misses == 0 && File.Exists(path) && !_stampsChanged)
                return; // nothing new to persist
            _stampsChanged = false;
            var text = new StringBuilder(Header).Append('\t').Append(pattern.Pattern).Append('\n');
            if (Fingerprint is not null)
                text.Append("C\t").Append(Fingerprint).Append('\n');
            foreach (var stamp in CultureStamps)
                text.Append("S\t").Append(Escape(stamp.Key)).Append('\t').Append(stamp.Value.ToString(CultureInfo.InvariantCulture)).Append('\n');
            foreach (var file in _files)
            {
                text.Append("F\t").Append(Escape(file.Key)).Append('\t').Append(file.Value.Size.ToString(CultureInfo.InvariantCulture))
                    .Append('\t').Append(file.Value.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
                foreach (FoundMessage m in file.Value.Messages.Messages)
                    text.Append("M\t").Append(m.Line.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(Escape(m.Definition.Text)).Append('\n');
                foreach (ExtractionProblem p in file.Value.Messages.Problems)
                    text.Append("P\t").Append(p.Line.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(p.Column.ToString(CultureInfo.InvariantCulture))
                        .Append('\t').Append(Escape(p.Message)).Append('\n');
            }

            IO.AtomicFile.WriteIfChanged(path, text.ToString());
        }

        private bool _stampsChanged;

        /// <summary>Records the catalog fingerprint and culture file write times after a merge.</summary>
        public void Remember(string fingerprint, IEnumerable<KeyValuePair<string, long>> stamps)
        {
            if (Fingerprint != fingerprint)
                _stampsChanged = true;
            Fingerprint = fingerprint;
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
