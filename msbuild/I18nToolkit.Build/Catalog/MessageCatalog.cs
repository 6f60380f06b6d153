using System;
using System.Collections.Generic;
using System.Linq;
using I18nToolkit.Build.Extraction;

namespace I18nToolkit.Build.Catalog
{
    /// <summary>
    /// The project's messages, one per ID with every place it is used, built from the files' messages. One ID with two
    /// texts is a conflict: both sites are named and neither text is written (a translator could not know which to translate).
    /// </summary>
    internal static class MessageCatalog
    {
        public static (IReadOnlyList<ExtractedMessage> Messages, IReadOnlyList<ExtractionProblem> Conflicts) Build(IEnumerable<FileMessages> files)
        {
            var byId = new Dictionary<string, List<FoundMessage>>(StringComparer.Ordinal);
            foreach (FoundMessage found in files.SelectMany(f => f.Messages))
            {
                if (!byId.TryGetValue(found.Definition.Id.Value, out List<FoundMessage>? uses))
                    byId.Add(found.Definition.Id.Value, uses = new List<FoundMessage>());
                uses.Add(found);
            }

            var messages = new List<ExtractedMessage>();
            var conflicts = new List<ExtractionProblem>();
            foreach (KeyValuePair<string, List<FoundMessage>> id in byId.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var uses = id.Value.OrderBy(u => u.Path, StringComparer.Ordinal).ThenBy(u => u.Line).ToList();
                FoundMessage first = uses[0];
                FoundMessage? other = uses.FirstOrDefault(u => u.Definition.Text != first.Definition.Text);
                if (other is not null)
                {
                    conflicts.Add(new ExtractionProblem(other.Path, other.Line, 1,
                        $"Message ID {id.Key} has two texts: \"{other.Definition.Text}\" here and \"{first.Definition.Text}\" at {first.Path}:{first.Line}; neither is extracted."));
                    continue;
                }

                messages.Add(new ExtractedMessage(first.Definition, uses.Select(u => u.Path + ":" + u.Line).Distinct().ToList()));
            }

            return (messages, conflicts);
        }
    }
}
