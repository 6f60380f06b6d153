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
        private const string Header = "i18n-extraction-cache 1";
        private readonly Dictionary<string, (long Size, long Ticks, FileMessages Messages)> _files =
            new Dictionary<string, (long, long, FileMessages)>(StringComparer.Ordinal);

        public int Hits { get; private set; }

        public int Misses { get; private set; }

        public static ExtractionCache Load(string? path, MessageIdPattern pattern)
        {
            var cache = new ExtractionCache();
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
                return new ExtractionCache();
            }

            return cache;
        }

        /// <summary>The file's messages: from the cache when its size and write time are unchanged, else read now.</summary>
        public FileMessages Get(string fullPath, string projectPath, SourceMessageExtractor extractor)
        {
            var info = new FileInfo(fullPath);
            long size = info.Length, ticks = info.LastWriteTimeUtc.Ticks;
            if (_files.TryGetValue(projectPath, out var known) && known.Size == size && known.Ticks == ticks)
            {
                Hits++;
                return known.Messages;
            }

            Misses++;
            FileMessages messages = extractor.Extract(projectPath, File.ReadAllText(fullPath));
            _files[projectPath] = (size, ticks, messages);
            return messages;
        }

        /// <summary>Keeps only the given files (others were removed from the project) and writes the cache.</summary>
        public void Save(string path, MessageIdPattern pattern, ICollection<string> keep)
        {
            var text = new StringBuilder(Header).Append('\t').Append(pattern.Pattern).Append('\n');
            foreach (var file in _files)
            {
                if (!keep.Contains(file.Key))
                    continue;
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
