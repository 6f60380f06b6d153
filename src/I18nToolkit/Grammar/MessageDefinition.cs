using System;

namespace I18nToolkit.Grammar
{
    /// <summary>
    /// A whole message as written in code: an ID, <c>": "</c>, and a template
    /// (<c>"E131: Could not find files with pattern {Pattern}"</c>).
    /// </summary>
    // Public in the runtime; internal where this source is compiled into the analyzers and the build task.
#if I18N_SHARED_SOURCE
    internal
#else
    public
#endif
    sealed class MessageDefinition
    {
        /// <summary>The separator between the ID and the template.</summary>
        public const string Separator = ": ";

        private MessageDefinition(string text, MessageId id, MessageTemplate template)
        {
            Text = text;
            Id = id;
            Template = template;
        }

        /// <summary>The whole message text.</summary>
        public string Text { get; }

        /// <summary>The message's ID.</summary>
        public MessageId Id { get; }

        /// <summary>The template after the ID and separator; hole positions count from the start of <see cref="Text"/>.</summary>
        public MessageTemplate Template { get; }

        /// <summary>Where the template starts in <see cref="Text"/>.</summary>
        public int TemplateStart => Id.Value.Length + Separator.Length;

        /// <summary>Parses a message.</summary>
        /// <param name="text">The message, for example <c>"E131: Could not find {Pattern}"</c>.</param>
        /// <param name="idPattern">The ID pattern; <see cref="MessageIdPattern.Default"/> when null.</param>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        /// <exception cref="MessageFormatException">The message has no valid ID or a malformed template.</exception>
        public static MessageDefinition Parse(string text, MessageIdPattern? idPattern = null) =>
            TryParse(text, idPattern, out MessageDefinition? definition, out MessageFormatError? error)
                ? definition!
                : throw error!.ToException();

        /// <summary>Parses a message without throwing.</summary>
        /// <returns>Whether the message is well formed; otherwise <paramref name="error"/> says where it is not.</returns>
        public static bool TryParse(string text, MessageIdPattern? idPattern, out MessageDefinition? definition, out MessageFormatError? error)
        {
            if (text is null)
                throw new ArgumentNullException(nameof(text));
            definition = null;
            if (!TryReadId(text, idPattern, out MessageId id, out error))
                return false;

            int start = id.Value.Length + Separator.Length;
            if (!MessageTemplate.TryParse(text.Substring(start), start, out MessageTemplate? template, out error))
                return false;
            definition = new MessageDefinition(text, id, template!);
            return true;
        }

        /// <summary>Reads the ID at the start of <paramref name="text"/> without parsing the template.</summary>
        public static bool TryReadId(string text, MessageIdPattern? idPattern, out MessageId id, out MessageFormatError? error)
        {
            if (text is null)
                throw new ArgumentNullException(nameof(text));
            idPattern ??= MessageIdPattern.Default;
            int length = idPattern.MatchLength(text);
            if (length > 0)
            {
                id = new MessageId(text.Substring(0, length));
                error = null;
                return true;
            }

            id = default;
            int prefix = idPattern.MatchPrefixLength(text);
            error = prefix > 0
                ? MessageFormatError.At(text, prefix, 0, "': ' after the message ID " + text.Substring(0, prefix))
                : MessageFormatError.At(text, 0, 0, $"a message ID matching {idPattern.Pattern} followed by ': ' (for example \"E123: \")");
            return false;
        }

        /// <inheritdoc />
        public override string ToString() => Text;
    }
}
