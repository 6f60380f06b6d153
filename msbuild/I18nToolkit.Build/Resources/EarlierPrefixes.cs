using System;
using System.Collections.Generic;

namespace I18nToolkit.Build.Resources
{
    /// <summary>
    /// The rule by which the merge and <c>i18n check</c> tell a culture file's entries made under an earlier prefix (the
    /// assembly was renamed, or I18nPrefix set): a culture file belongs to one project, so a prefix other than the
    /// current one under which some entry's ID is a message in code is an earlier prefix of this project.
    /// </summary>
    internal static class EarlierPrefixes
    {
        /// <summary>The ways <paramref name="name"/> reads as <c>Prefix-ID</c> with a prefix other than <paramref name="current"/> (prefixes and IDs may hold dashes).</summary>
        public static IEnumerable<(string Prefix, string Id)> Splits(string name, string current)
        {
            if (name.StartsWith(current + "-", StringComparison.Ordinal))
                yield break;
            for (int dash = name.IndexOf('-'); dash > 0 && dash < name.Length - 1; dash = name.IndexOf('-', dash + 1))
                yield return (name.Substring(0, dash), name.Substring(dash + 1));
        }

        /// <summary>
        /// The entries of <paramref name="names"/> under an earlier prefix, as (prefix, ID, name), and those prefixes, sorted.
        /// Every entry of an earlier prefix is this project's, also one whose ID has left the code.
        /// </summary>
        public static List<(string Prefix, string Id, string Name)> Entries(IEnumerable<string> names, string current, Func<string, bool> isMessageInCode, out IReadOnlyList<string> earlier)
        {
            var splits = new List<(string Prefix, string Id, string Name)>();
            foreach (string name in names)
            {
                foreach (var (prefix, id) in Splits(name, current))
                    splits.Add((prefix, id, name));
            }

            earlier = Find(splits.ConvertAll(s => (s.Prefix, s.Id)), isMessageInCode);
            var prefixes = new HashSet<string>(earlier, StringComparer.Ordinal);
            return splits.FindAll(s => prefixes.Contains(s.Prefix));
        }

        /// <summary>
        /// Whether an entry under an earlier prefix moves to its current key: yes unless that key already holds a
        /// translation (<paramref name="currentValue"/>; an empty placeholder gives way). One that cannot move stays, obsolete.
        /// </summary>
        public static bool Moves(string? currentValue) => string.IsNullOrEmpty(currentValue);

        /// <summary>The earlier prefixes among <paramref name="splits"/>, sorted.</summary>
        public static IReadOnlyList<string> Find(IEnumerable<(string Prefix, string Id)> splits, Func<string, bool> isMessageInCode)
        {
            var earlier = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var (prefix, id) in splits)
            {
                if (isMessageInCode(id))
                    earlier.Add(prefix);
            }

            return new List<string>(earlier);
        }
    }
}
