using System;
using System.Collections.Generic;
using I18nToolkit.Build.Extraction;

namespace I18nToolkit.Build.Catalog
{
    /// <summary>
    /// The project's messages, one per ID with every place it is used, built from the files' messages. One ID with two
    /// texts is a conflict: both sites are named and neither text is written (a translator could not know which to translate).
    /// </summary>
    internal static class MessageCatalog
    {
        /// <summary>Messages sorted by ID (ordinal), each with its sites sorted by path and line; conflicts in ID order.</summary>
        public static (IReadOnlyList<ExtractedMessage> Messages, IReadOnlyList<ExtractionProblem> Conflicts) Build(IEnumerable<FileMessages> files)
        {
            var byId = new Dictionary<string, List<FoundMessage>>(StringComparer.Ordinal);
            foreach (FileMessages file in files)
            {
                foreach (FoundMessage found in file.Messages)
                {
                    if (!byId.TryGetValue(found.Definition.Id.Value, out List<FoundMessage>? uses))
                        byId.Add(found.Definition.Id.Value, uses = new List<FoundMessage>(1));
                    uses.Add(found);
                }
            }

            var ids = new string[byId.Count];
            byId.Keys.CopyTo(ids, 0);
            Array.Sort(ids, StringComparer.Ordinal);
            var messages = new List<ExtractedMessage>(ids.Length);
            var conflicts = new List<ExtractionProblem>();
            foreach (string id in ids)
            {
                List<FoundMessage> uses = byId[id];
                if (uses.Count > 1 && !IsSorted(uses))
                    uses.Sort(CompareSites);
                FoundMessage first = uses[0];
                FoundMessage? other = uses.Find(u => u.Definition.Text != first.Definition.Text);
                if (other is not null)
                {
                    conflicts.Add(new ExtractionProblem(other.Path, other.Line, 1,
                        $"Message ID {id} has two texts: \"{other.Definition.Text}\" here and \"{first.Definition.Text}\" at {first.Path}:{first.Line}; neither is extracted."));
                    continue;
                }

                var sites = new List<string>(uses.Count);
                for (int i = 0; i < uses.Count; i++)
                {
                    if (i == 0 || uses[i].Line != uses[i - 1].Line || uses[i].Path != uses[i - 1].Path)
                        sites.Add(uses[i].Path + ":" + uses[i].Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                messages.Add(new ExtractedMessage(first.Definition, sites));
            }

            return (messages, conflicts);
        }

        private static int CompareSites(FoundMessage a, FoundMessage b)
        {
            int byPath = string.CompareOrdinal(a.Path, b.Path);
            return byPath != 0 ? byPath : a.Line.CompareTo(b.Line);
        }

        // Files arrive sorted by path and messages in line order, so uses are usually sorted already.
        private static bool IsSorted(List<FoundMessage> uses)
        {
            for (int i = 1; i < uses.Count; i++)
            {
                if (CompareSites(uses[i - 1], uses[i]) > 0)
                    return false;
            }

            return true;
        }
    }
}
