using System;
using System.Collections.Generic;
using System.IO;
using I18nToolkit.Resx;

namespace I18nToolkit.Build.Resources
{
    /// <summary>The culture files of a project, found the one way the build and the CLI share (<see cref="CultureFiles"/>).</summary>
    internal static class CultureFileSet
    {
        /// <summary>
        /// The culture files beside <paramref name="neutralFile"/>, and those of <paramref name="also"/> (which need not
        /// exist yet), sorted by culture name, each culture once.
        /// </summary>
        public static IReadOnlyList<(string Culture, string Path)> Find(string neutralFile, IEnumerable<string>? also = null)
        {
            string folder = Path.GetDirectoryName(neutralFile) ?? string.Empty;
            string baseName = Path.GetFileNameWithoutExtension(neutralFile);
            var cultures = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (also is not null)
            {
                foreach (string culture in also)
                {
                    string trimmed = culture.Trim();
                    if (trimmed.Length > 0 && !cultures.ContainsKey(trimmed))
                        cultures.Add(trimmed, CultureFiles.PathOf(neutralFile, trimmed));
                }
            }

            if (Directory.Exists(folder))
            {
                foreach (string file in Directory.GetFiles(folder, baseName + ".*.resx"))
                {
                    string? culture = CultureFiles.CultureOf(file, baseName);
                    if (culture is not null)
                        cultures[culture] = file; // the file's own spelling wins
                }
            }

            var result = new List<(string, string)>(cultures.Count);
            foreach (var culture in cultures)
                result.Add((culture.Key, culture.Value));
            return result;
        }
    }
}
