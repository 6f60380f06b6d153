using System;
using System.Globalization;
using System.Text;

namespace I18nToolkit.Resx
{
    /// <summary>
    /// The machine-read part of a translation's <c>.resx</c> comment: <c>[i18n source=HASH]</c> (a hash of the English
    /// message the translation was made from), <c>[i18n untranslated]</c>, <c>[i18n stale]</c> (the English changed since;
    /// a translator removes the marker after checking) and <c>[i18n obsolete]</c>. Anything else in the comment belongs
    /// to the translators and is kept.
    /// </summary>
    internal readonly struct TranslationMarkers
    {
        private const string Open = "[i18n ";

        public TranslationMarkers(string? sourceHash, bool untranslated, bool obsolete, string note, bool stale = false)
        {
            SourceHash = sourceHash;
            Untranslated = untranslated;
            Obsolete = obsolete;
            Note = note;
            Stale = stale;
        }

        /// <summary>Whether the English changed after the translation was made and nobody has checked it since.</summary>
        public bool Stale { get; }

        /// <summary>The hash of the English message the translation was made from, or null.</summary>
        public string? SourceHash { get; }

        /// <summary>Whether the entry awaits its first translation.</summary>
        public bool Untranslated { get; }

        /// <summary>Whether the entry's ID is no longer used in code.</summary>
        public bool Obsolete { get; }

        /// <summary>The comment without the markers.</summary>
        public string Note { get; }

        public static TranslationMarkers Parse(string? comment)
        {
            if (string.IsNullOrEmpty(comment))
                return new TranslationMarkers(null, false, false, string.Empty);
            string? hash = null;
            bool untranslated = false, obsolete = false, stale = false;
            var note = new StringBuilder();
            int i = 0;
            while (i < comment!.Length)
            {
                int start = comment.IndexOf(Open, i, StringComparison.Ordinal);
                int end = start < 0 ? -1 : comment.IndexOf(']', start);
                if (start < 0 || end < 0)
                {
                    note.Append(comment, i, comment.Length - i);
                    break;
                }

                note.Append(comment, i, start - i);
                string marker = comment.Substring(start + Open.Length, end - start - Open.Length).Trim();
                if (marker.StartsWith("source=", StringComparison.Ordinal))
                    hash = marker.Substring("source=".Length);
                else if (marker == "untranslated")
                    untranslated = true;
                else if (marker == "obsolete")
                    obsolete = true;
                else if (marker == "stale")
                    stale = true;
                else
                    note.Append(comment, start, end - start + 1); // not ours: keep it
                i = end + 1;
            }

            return new TranslationMarkers(hash, untranslated, obsolete, note.ToString().Trim(), stale);
        }

        /// <summary>A stable hash of an English message (FNV-1a, 64 bits, hex), to tell when a translation went stale.</summary>
        public static string HashSource(string message)
        {
            unchecked
            {
                ulong hash = 14695981039346656037UL;
                foreach (char c in message)
                {
                    hash = (hash ^ (byte)c) * 1099511628211UL;
                    hash = (hash ^ (byte)(c >> 8)) * 1099511628211UL;
                }

                return hash.ToString("x16", CultureInfo.InvariantCulture);
            }
        }

        /// <summary>A copy with other values.</summary>
        public TranslationMarkers With(string? sourceHash = null, bool? untranslated = null, bool? obsolete = null, bool? stale = null) =>
            new TranslationMarkers(sourceHash ?? SourceHash, untranslated ?? Untranslated, obsolete ?? Obsolete, Note, stale ?? Stale);

        /// <summary>The comment with these markers in front of the note.</summary>
        public string Format()
        {
            var text = new StringBuilder();
            if (SourceHash is not null)
                text.Append(Open).Append("source=").Append(SourceHash).Append("] ");
            if (Untranslated)
                text.Append(Open).Append("untranslated] ");
            if (Stale)
                text.Append(Open).Append("stale] ");
            if (Obsolete)
                text.Append(Open).Append("obsolete] ");
            text.Append(Note);
            return text.ToString().Trim();
        }
    }
}
