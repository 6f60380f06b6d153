using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using I18nToolkit.Build.Catalog;
using I18nToolkit.Build.Extraction;
using I18nToolkit.Build.IO;
using I18nToolkit.Build.Resources;
using I18nToolkit.Grammar;
using I18nToolkit.Grammar.Resx;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace I18nToolkit.Build.Tasks
{
    /// <summary>
    /// Extracts the project's messages into the neutral <c>.resx</c> and merges them into every culture file
    /// (existing ones and those named in <see cref="Cultures"/>). Files are written atomically and only when their
    /// content changes; a culture file that cannot be read is an error with its line, and it is left untouched.
    /// </summary>
    public sealed class GenerateMessageResources : Task
    {
        /// <summary>The C# files to read (<c>@(Compile)</c>).</summary>
        [Required]
        public ITaskItem[] Sources { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>The project folder; sites in comments are relative to it.</summary>
        [Required]
        public string ProjectDirectory { get; set; } = string.Empty;

        /// <summary>The resource key prefix (<c>I18nPrefix</c>).</summary>
        [Required]
        public string Prefix { get; set; } = string.Empty;

        /// <summary>The ID pattern (<c>I18nIdPattern</c>); the default when empty.</summary>
        public string? IdPattern { get; set; }

        /// <summary>The neutral file to generate, e.g. <c>Resources/Messages.resx</c>.</summary>
        [Required]
        public string NeutralResourceFile { get; set; } = string.Empty;

        /// <summary>Cultures whose files are created when missing (<c>I18nCultures</c>: <c>de;fr</c>).</summary>
        public string[] Cultures { get; set; } = Array.Empty<string>();

        /// <summary>Where the per-file extraction cache lives (the intermediate folder).</summary>
        public string? CacheFile { get; set; }

        /// <summary>Every culture file after the merge, with its culture as <c>Culture</c> metadata.</summary>
        [Output]
        public ITaskItem[] CultureResourceFiles { get; private set; } = Array.Empty<ITaskItem>();

        /// <inheritdoc />
        public override bool Execute()
        {
            MessageIdPattern pattern;
            try
            {
                pattern = string.IsNullOrWhiteSpace(IdPattern) ? MessageIdPattern.Default : MessageIdPattern.Create(IdPattern!);
            }
            catch (ArgumentException e)
            {
                Log.LogError(null, "I18NB001", null, null, 0, 0, 0, 0, $"I18nIdPattern is not usable: {e.Message}");
                return false;
            }

            var extractor = new SourceMessageExtractor(pattern);
            ExtractionCache cache = ExtractionCache.Load(CacheFile, pattern);
            var sources = new List<(string FullPath, string ProjectPath)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (ITaskItem source in Sources.OrderBy(s => s.ItemSpec, StringComparer.Ordinal))
            {
                string full = Path.GetFullPath(Path.Combine(ProjectDirectory, source.ItemSpec));
                string relative = Relative(full);
                if (seen.Add(relative) && File.Exists(full))
                    sources.Add((full, relative));
            }

            IReadOnlyList<FileMessages> files = cache.GetAll(sources, extractor);
            var (messages, conflicts) = MessageCatalog.Build(files);
            foreach (ExtractionProblem problem in files.SelectMany(f => f.Problems).Concat(conflicts))
                Log.LogWarning(null, "I18NB002", null, Path.Combine(ProjectDirectory, problem.Path), problem.Line, problem.Column, 0, 0, problem.Message);

            // Unchanged catalog (a file was touched, or changed elsewhere than its messages): the neutral file is as it
            // was written, and only culture files a translator has changed since the last merge need merging.
            string fingerprint = Fingerprint(messages);
            bool catalogUnchanged = fingerprint == cache.Fingerprint && File.Exists(NeutralResourceFile);
            bool neutralWritten = !catalogUnchanged && AtomicFile.WriteIfChanged(NeutralResourceFile, NeutralResxWriter.Render(messages, Prefix));
            Log.LogMessage(MessageImportance.Low, $"I18nToolkit: {messages.Count} messages from {files.Count} files ({cache.Misses} read, {cache.Hits} unchanged, cache {(cache.FromMemory ? "in memory" : "from disk")}); {NeutralResourceFile} {(neutralWritten ? "written" : "unchanged")}.");

            bool ok = MergeCultures(messages, catalogUnchanged ? cache.CultureStamps : null, out var stamps);
            if (ok)
                cache.Remember(fingerprint, stamps);
            if (CacheFile is not null)
                cache.Save(CacheFile, pattern, seen);
            return ok && !Log.HasLoggedErrors;
        }

        private static string Fingerprint(IReadOnlyList<ExtractedMessage> messages)
        {
            unchecked
            {
                ulong hash = 14695981039346656037UL;
                void Add(string text)
                {
                    foreach (char c in text)
                        hash = (hash ^ c) * 1099511628211UL;
                    hash = (hash ^ 0xFFFF) * 1099511628211UL;
                }

                foreach (ExtractedMessage message in messages)
                {
                    Add(message.Text);
                    foreach (string site in message.Sites)
                        Add(site);
                }

                return hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        private bool MergeCultures(IReadOnlyList<ExtractedMessage> messages, IReadOnlyDictionary<string, long>? unchangedSince, out List<KeyValuePair<string, long>> stamps)
        {
            stamps = new List<KeyValuePair<string, long>>();
            string folder = Path.GetDirectoryName(Path.GetFullPath(NeutralResourceFile))!;
            string baseName = Path.GetFileNameWithoutExtension(NeutralResourceFile);
            var cultures = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string culture in Cultures.Select(c => c.Trim()).Where(c => c.Length > 0))
                cultures.Add(culture);
            if (Directory.Exists(folder))
            {
                foreach (string file in Directory.GetFiles(folder, baseName + ".*.resx"))
                    cultures.Add(Path.GetFileNameWithoutExtension(file).Substring(baseName.Length + 1));
            }

            bool ok = true;
            var items = new List<ITaskItem>();
            foreach (string culture in cultures)
            {
                string path = Path.Combine(folder, baseName + "." + culture + ".resx");
                var item = new TaskItem(path);
                item.SetMetadata("Culture", culture);
                if (unchangedSince is not null && File.Exists(path) && unchangedSince.TryGetValue(path, out long merged)
                    && merged == File.GetLastWriteTimeUtc(path).Ticks)
                {
                    items.Add(item); // same catalog, file untouched since our last merge: nothing to do
                    continue;
                }

                try
                {
                    string? existing = File.Exists(path) ? File.ReadAllText(path) : null;
                    MergeResult result = TranslationMerger.Merge(path, existing, messages, Prefix);
                    if (result.Changed)
                    {
                        AtomicFile.WriteIfChanged(path, result.Content);
                        Log.LogMessage(MessageImportance.Normal, $"I18nToolkit: {Relative(path)}: {result}.");
                    }

                    items.Add(item);
                    stamps.Add(new KeyValuePair<string, long>(path, File.GetLastWriteTimeUtc(path).Ticks));
                }
                catch (ResxFormatException e)
                {
                    Log.LogError(null, "I18NB003", null, e.Path, e.Line, e.Column, 0, 0, e.Problem + " The file was not changed.");
                    ok = false;
                }
            }

            CultureResourceFiles = items.ToArray();
            return ok;
        }

        private string Relative(string full)
        {
            string root = Path.GetFullPath(ProjectDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            string relative = full.StartsWith(root, StringComparison.Ordinal) ? full.Substring(root.Length) : full;
            return relative.Replace('\\', '/');
        }
    }
}
