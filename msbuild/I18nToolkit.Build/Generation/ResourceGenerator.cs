using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using I18nToolkit.Build.Catalog;
using I18nToolkit.Build.Extraction;
using I18nToolkit.Build.IO;
using I18nToolkit.Build.Resources;
using I18nToolkit.Resx;

namespace I18nToolkit.Build.Generation
{
    /// <summary>
    /// The one extraction-and-merge run behind both the MSBuild task and <c>i18n extract</c>: read the sources (through
    /// the per-file cache), build the catalog, write the neutral <c>.resx</c> and merge every culture file (existing
    /// ones and those requested). Files are written atomically and only when their content changes; a culture file
    /// that cannot be read is an error with its line, and it is left untouched.
    /// </summary>
    internal static class ResourceGenerator
    {
        public static GenerationResult Run(GenerationRequest request, IGenerationLog log)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            string projectDirectory = Path.GetFullPath(request.ProjectDirectory);
            string neutralFile = Path.GetFullPath(Path.Combine(projectDirectory, request.NeutralResourceFile));
            var extractor = new SourceMessageExtractor(request.Pattern);
            ExtractionCache cache = ExtractionCache.Load(request.CacheFile, request.Pattern);
            var sources = new List<(string FullPath, string ProjectPath)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (string source in request.Sources.OrderBy(s => s, StringComparer.Ordinal))
            {
                string full = Path.GetFullPath(Path.Combine(projectDirectory, source));
                string relative = Relative(projectDirectory, full);
                if (seen.Add(relative) && File.Exists(full))
                    sources.Add((full, relative));
            }

            IReadOnlyList<FileMessages> files = cache.GetAll(sources, extractor);
            // Messages written as constants depend on every file (where the constants are): folded again whenever one changed.
            bool folding = files.Any(f => f.Folds.Count > 0);
            if (folding)
            {
                if (cache.Misses > 0 || cache.MessagesChanged || cache.Folded is null || cache.Folded.Length != files.Count)
                    cache.Folded = ConstantFolder.Fold(sources, files, extractor);
                files = cache.Folded;
            }
            long read = clock.ElapsedMilliseconds;
            // The catalog of the last run still holds when no file's messages changed (only code around them did).
            if (cache.MessagesChanged || (folding && cache.Misses > 0) || cache.Catalog is not ValueTuple<IReadOnlyList<ExtractedMessage>, IReadOnlyList<ExtractionProblem>>)
                cache.Catalog = MessageCatalog.Build(files);
            var (messages, conflicts) = ((IReadOnlyList<ExtractedMessage>, IReadOnlyList<ExtractionProblem>))cache.Catalog!;
            long catalogued = clock.ElapsedMilliseconds;
            foreach (ExtractionProblem problem in files.SelectMany(f => f.Problems).Concat(conflicts))
            {
                // One diagnostic per defect: in a build whose analyzers run, they report bad messages at the very brace.
                if (request.AnalyzersRun && problem.AnalyzersReportIt)
                    log.Info($"{problem} (reported by the analyzers too)", important: false);
                else
                    log.Warning(problem.Code, Path.Combine(projectDirectory, problem.Path), problem.Line, problem.Column, problem.Message);
            }

            // Unchanged catalog (a file was touched, or changed elsewhere than its messages): the neutral file is as it
            // was written. Unchanged texts (lines moved, say): only culture files a translator changed since the last
            // merge need merging, since culture files do not name sites.
            string fingerprint = Fingerprint(request.Prefix, messages, sites: true);
            string textFingerprint = Fingerprint(request.Prefix, messages, sites: false);
            bool catalogUnchanged = request.Write && fingerprint == cache.Fingerprint && File.Exists(neutralFile);
            bool textsUnchanged = request.Write && textFingerprint == cache.TextFingerprint;
            bool neutralChanged = false;
            // A project without messages (yet) gets no resource files; one whose messages all left keeps an empty neutral file.
            bool nothing = messages.Count == 0 && !File.Exists(neutralFile);
            if (!catalogUnchanged && !nothing)
            {
                string neutral = NeutralResxWriter.Render(messages, request.Prefix, request.Write ? cache.NeutralFragments : null);
                neutralChanged = request.Write ? AtomicFile.WriteIfChanged(neutralFile, neutral) : AtomicFile.WouldChange(neutralFile, neutral);
            }

            long rendered = clock.ElapsedMilliseconds;
            log.Info($"I18nToolkit: {messages.Count} messages from {files.Count} files ({cache.Misses} read: {extractor.Scanned} from tokens, {extractor.Parsed} parsed; {cache.Hits} unchanged, cache {(cache.FromMemory ? "in memory" : "from disk")}); {Relative(projectDirectory, neutralFile)} {(neutralChanged ? (request.Write ? "written" : "out of date") : "unchanged")}.", important: false);

            List<CultureMerge> cultures = MergeCultures(request, log, projectDirectory, neutralFile, messages, textsUnchanged ? cache.CultureStamps : null, cache.CultureDocuments, out bool ok, out var stamps);
            long merged = clock.ElapsedMilliseconds;
            if (request.Write)
            {
                if (ok)
                    cache.Remember(fingerprint, textFingerprint, stamps);
                if (request.CacheFile is not null)
                    cache.Save(request.CacheFile, request.Pattern, seen);
            }

            log.Info($"I18nToolkit: {clock.ElapsedMilliseconds} ms (sources {read}, catalog {catalogued - read}, neutral file {rendered - catalogued}, culture files {merged - rendered}, cache {clock.ElapsedMilliseconds - merged}).", important: false);

            return new GenerationResult(ok, messages, cultures, neutralChanged, cache.Misses, cache.Hits);
        }

        /// <summary>FNV-1a over the prefix and texts (and, with <paramref name="sites"/>, where each is used), as hex.</summary>
        private static string Fingerprint(string prefix, IReadOnlyList<ExtractedMessage> messages, bool sites)
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

                Add(prefix);
                foreach (ExtractedMessage message in messages)
                {
                    Add(message.Text);
                    if (!sites)
                        continue;
                    foreach (string site in message.Sites)
                        Add(site);
                }

                return hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        private static List<CultureMerge> MergeCultures(
            GenerationRequest request, IGenerationLog log, string projectDirectory, string neutralFile, IReadOnlyList<ExtractedMessage> messages,
            IReadOnlyDictionary<string, long>? unchangedSince, Dictionary<string, CultureDocument> documents, out bool ok, out List<KeyValuePair<string, long>> stamps)
        {
            stamps = new List<KeyValuePair<string, long>>();

            ok = true;
            var merges = new List<CultureMerge>();
            var texts = new Dictionary<string, string>(messages.Count, StringComparer.Ordinal);
            foreach (ExtractedMessage message in messages)
                texts[message.Id] = message.Text; // once per run, for every culture file's change check
            var requested = new List<string>(request.Cultures.Count);
            foreach (string name in request.Cultures)
            {
                string culture = name.Trim();
                if (culture.Length == 0)
                    continue;
                if (CultureFiles.IsCultureName(culture))
                {
                    requested.Add(culture);
                    continue;
                }

                // A file named after it would never be found again as a culture file: refuse it, loudly.
                log.Error("I18NB009", projectDirectory, 0, 0,
                    $"The cultures to create (I18nCultures, --cultures) name '{culture}', which is not a culture name (a language of 2-3 letters, then subtags: de, de-AT, zh-Hans; several are separated by ';'). No file was created for it.");
                ok = false;
            }

            foreach (var (culture, path) in CultureFileSet.Find(neutralFile, messages.Count == 0 ? null : requested))
            {
                if (unchangedSince is not null && File.Exists(path) && unchangedSince.TryGetValue(path, out long merged)
                    && merged == File.GetLastWriteTimeUtc(path).Ticks)
                {
                    merges.Add(new CultureMerge(culture, path, null)); // same catalog, file untouched since our last merge
                    continue;
                }

                try
                {
                    MergeResult result = request.Write ? MergeKept(path, messages, texts, request.Prefix, documents) : TranslationMerger.Merge(path, ReadIfExists(path), messages, request.Prefix);
                    if (result.Changed && request.Write)
                        log.Info($"I18nToolkit: {Relative(projectDirectory, path)}: {result}.", important: true);

                    merges.Add(new CultureMerge(culture, path, result));
                    if (request.Write)
                        stamps.Add(new KeyValuePair<string, long>(path, File.GetLastWriteTimeUtc(path).Ticks));
                }
                catch (ResxFormatException e)
                {
                    log.Error("I18NB003", e.Path, e.Line, e.Column, e.Problem + " The file was not changed.");
                    ok = false;
                }
                catch (GuardedFileException e)
                {
                    log.Error("I18NB004", e.Path, 0, 0, e.Message);
                    ok = false;
                }
            }

            return merges;
        }

        /// <summary>
        /// Merges and writes one culture file, never over a translator's save (<see cref="GuardedFile"/>). A warm node
        /// reuses the document it merged last time while the file still holds exactly what was written then: only the IDs
        /// whose text changed are merged.
        /// </summary>
        private static MergeResult MergeKept(string path, IReadOnlyList<ExtractedMessage> messages, Dictionary<string, string> texts, string prefix, Dictionary<string, CultureDocument> documents)
        {
            MergeResult? result = null;
            documents.TryGetValue(path, out CultureDocument? document);
            KnownContent? known = document?.Prefix == prefix ? document.Known : null;
            KnownContent? now;
            try
            {
                GuardedFile.Update(path, existing =>
                {
                    if (existing is not null && documents.TryGetValue(path, out document) && document.Prefix == prefix
                        && document.MergedTexts is not null && string.Equals(document.Text, existing, StringComparison.Ordinal))
                    {
                        var changed = new List<string>();
                        foreach (var text in texts)
                        {
                            if (!document.MergedTexts.TryGetValue(text.Key, out string? before) || !string.Equals(before, text.Value, StringComparison.Ordinal))
                                changed.Add(text.Key);
                        }

                        foreach (string before in document.MergedTexts.Keys)
                        {
                            if (!texts.ContainsKey(before))
                                changed.Add(before);
                        }

                        result = TranslationMerger.Merge(document, messages, changed);
                    }
                    else
                    {
                        document = TranslationMerger.Load(path, existing, prefix);
                        result = TranslationMerger.Merge(document, messages, null);
                    }

                    documents.Remove(path); // until this round's text is the file's
                    return result.Changed ? result.Content : null;
                }, TranslatorSaves.Reapply, known, out now);
            }
            catch
            {
                documents.Remove(path); // half-merged in memory or not written: the next build reads the file again
                throw;
            }

            document!.MergedTexts = texts;
            document.Known = now;
            documents[path] = document;
            return result!;
        }

        private static string? ReadIfExists(string path) => File.Exists(path) ? File.ReadAllText(path) : null;

        private static string Relative(string projectDirectory, string full)
        {
            string root = projectDirectory.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            string relative = full.StartsWith(root, StringComparison.Ordinal) ? full.Substring(root.Length) : full;
            return relative.Replace('\\', '/');
        }
    }
}
