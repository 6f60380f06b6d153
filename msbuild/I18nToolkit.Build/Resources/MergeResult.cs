using System.Collections.Generic;
using System.Linq;

namespace I18nToolkit.Build.Resources
{
    /// <summary>What a merge did to one culture file.</summary>
    internal sealed class MergeResult
    {
        public MergeResult(string content, bool changed, int added, int translated, int adopted, int staled, int obsoleted, int revived)
        {
            Content = content;
            Changed = changed;
            Added = added;
            Translated = translated;
            Adopted = adopted;
            Staled = staled;
            Obsoleted = obsoleted;
            Revived = revived;
        }

        /// <summary>The file's new text (the old text, unchanged, when <see cref="Changed"/> is false).</summary>
        public string Content { get; }

        public bool Changed { get; }

        /// <summary>Messages new in code, added with an empty value and marked untranslated.</summary>
        public int Added { get; }

        /// <summary>Entries a translator filled in since the last merge (their untranslated marker removed, source recorded).</summary>
        public int Translated { get; }

        /// <summary>Translations written before the toolkit tracked them (source recorded).</summary>
        public int Adopted { get; }

        /// <summary>Translations whose English changed since they were made, marked stale.</summary>
        public int Staled { get; }

        /// <summary>Entries whose ID left the code, marked obsolete (kept).</summary>
        public int Obsoleted { get; }

        /// <summary>Obsolete entries whose ID came back.</summary>
        public int Revived { get; }

        /// <summary>Entries moved from an earlier prefix to the current one (the assembly was renamed, or I18nPrefix set).</summary>
        public int Moved { get; set; }

        /// <summary>The earlier prefixes entries were moved from.</summary>
        public IReadOnlyList<string> EarlierPrefixes { get; set; } = System.Array.Empty<string>();

        public override string ToString() =>
            $"{Added} added, {Translated} newly translated, {Adopted} adopted, {Staled} stale, {Obsoleted} obsolete, {Revived} revived" +
            (Moved > 0 ? $", {Moved} moved from prefix {string.Join(", ", EarlierPrefixes.Select(p => "'" + p + "'"))} (the assembly was renamed or I18nPrefix changed)" : string.Empty);
    }
}
