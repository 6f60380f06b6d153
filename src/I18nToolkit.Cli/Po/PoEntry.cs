using System.Collections.Generic;

namespace I18nToolkit.Cli.Po
{
    /// <summary>One entry of a PO file as gettext defines it (comments, flags, context, the message and its translations).</summary>
    internal sealed class PoEntry
    {
        /// <summary>The line the entry starts on (its first comment or keyword), 1-based.</summary>
        public int Line { get; set; }

        public List<string> TranslatorComments { get; } = new List<string>();

        /// <summary><c>#.</c> comments.</summary>
        public List<string> ExtractedComments { get; } = new List<string>();

        /// <summary><c>#:</c> references, one per item.</summary>
        public List<string> References { get; } = new List<string>();

        /// <summary><c>#,</c> flags (<c>fuzzy</c>, <c>c-format</c>...).</summary>
        public List<string> Flags { get; } = new List<string>();

        public string? Context { get; set; }

        public string Id { get; set; } = string.Empty;

        public string? IdPlural { get; set; }

        /// <summary><c>msgstr</c>, or <c>msgstr[0]</c>, <c>msgstr[1]</c>... for a plural entry.</summary>
        public List<string> Strings { get; } = new List<string>();

        /// <summary>Whether the entry is an obsolete one (<c>#~</c>), which gettext keeps and nothing uses.</summary>
        public bool IsObsolete { get; set; }

        public bool IsFuzzy => Flags.Contains("fuzzy");

        public bool IsHeader => Id.Length == 0 && Context is null && !IsObsolete;
    }
}
