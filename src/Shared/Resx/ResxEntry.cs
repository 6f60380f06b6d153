

namespace I18nToolkit.Resx
{
    /// <summary>One string entry of a <c>.resx</c> file, with the line of its <c>&lt;data&gt;</c> element.</summary>
    internal sealed class ResxEntry
    {
        public ResxEntry(string name, string value, string? comment, int line, int column)
        {
            Name = name;
            Value = value;
            Comment = comment;
            Line = line;
            Column = column;
        }

        /// <summary>The key (<c>Prefix-ID</c> for messages).</summary>
        public string Name { get; }

        /// <summary>The string value; empty for an untranslated entry.</summary>
        public string Value { get; }

        /// <summary>The comment, or null.</summary>
        public string? Comment { get; }

        /// <summary>The 1-based line of the <c>&lt;data&gt;</c> element.</summary>
        public int Line { get; }

        /// <summary>The 1-based column of the <c>&lt;data&gt;</c> element.</summary>
        public int Column { get; }
    }
}
