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
