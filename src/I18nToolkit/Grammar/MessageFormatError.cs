using System;

namespace I18nToolkit.Grammar
{
    /// <summary>What is wrong with a message and where: the character position and what was expected there.</summary>
    // Public in the runtime; internal where this source is compiled into the analyzers and the build task.
#if I18N_SHARED_SOURCE
    internal
#else
    public
#endif
    sealed class MessageFormatError
    {
        internal MessageFormatError(int position, string expected, string found)
        {
            Position = position;
            Expected = expected;
            Found = found;
        }

        /// <summary>The zero-based character position in the message text where the problem is.</summary>
        public int Position { get; }

        /// <summary>What the grammar expected at <see cref="Position"/>.</summary>
        public string Expected { get; }

        /// <summary>What was found there instead (a quoted character, or "the end of the text").</summary>
        public string Found { get; }

        /// <summary>A sentence that names the position, what was expected and what was found.</summary>
        public string Message => $"Malformed message at position {Position}: expected {Expected}, found {Found}.";

        /// <summary>Creates the exception that reports this error.</summary>
        public MessageFormatException ToException() => new MessageFormatException(this);

        internal static MessageFormatError At(string text, int index, int offset, string expected) =>
            new MessageFormatError(offset + index, expected, Describe(text, index));

        internal static string Describe(string text, int index)
        {
            if (index >= text.Length)
                return "the end of the text";
            char c = text[index];
            return char.IsControl(c) || char.IsSurrogate(c) || char.IsWhiteSpace(c) && c != ' '
                ? $"U+{(int)c:X4}"
                : $"'{c}'";
        }

        /// <inheritdoc />
        public override string ToString() => Message;
    }
}
