namespace I18nToolkit.Grammar
{
    /// <summary>
    /// One hole of a <see cref="MessageTemplate"/>: positional (<c>{0}</c>, <c>{1:N2}</c>, <c>{2,-10}</c>) or
    /// named (<c>{Pattern}</c>, <c>{Count:N0}</c>, <c>{@Order}</c>).
    /// </summary>
    // Public in the runtime; internal where this source is compiled into the analyzers and the build task.
#if I18N_SHARED_SOURCE
    internal
#else
    public
#endif
    sealed class MessageHole
    {
        internal MessageHole(string name, bool isPositional, int argumentIndex, int alignment, string? format,
            HoleCapture capture, int position, string rawText, Choices.MessageChoice? choice = null)
        {
            Choice = choice;
            Name = name;
            IsPositional = isPositional;
            ArgumentIndex = argumentIndex;
            Alignment = alignment;
            Format = format;
            Capture = capture;
            Position = position;
            RawText = rawText;
        }

        /// <summary>The hole's name: the property name for a named hole, the index as text (<c>"0"</c>) for a positional one.</summary>
        public string Name { get; }

        /// <summary>Whether the hole is positional (<c>{0}</c>) rather than named.</summary>
        public bool IsPositional { get; }

        /// <summary>
        /// The index of the argument that fills the hole: the written index for positional holes; for named
        /// holes, the order in which the name first appears in the code's template (a name used twice is one argument).
        /// </summary>
        public int ArgumentIndex { get; }

        /// <summary>The alignment (<c>-10</c> in <c>{Name,-10}</c>), 0 when none is given.</summary>
        public int Alignment { get; }

        /// <summary>The format string (<c>N2</c> in <c>{0:N2}</c>), or null.</summary>
        public string? Format { get; }

        /// <summary>How a structured sink should capture the value (<c>@</c> destructures, <c>$</c> stringifies).</summary>
        public HoleCapture Capture { get; }

        /// <summary>The zero-based character position of the opening brace in the text the template was parsed from.</summary>
        public int Position { get; }

        /// <summary>The hole exactly as written, braces included; rendered in place of a missing argument.</summary>
        public string RawText { get; }

        /// <summary>The plural, selectordinal or select this hole is (<c>{Count, plural, ...}</c>, whose <see cref="RawText"/> is all of it), or null.</summary>
        internal Choices.MessageChoice? Choice { get; }

        internal MessageHole WithArgumentIndex(int index) =>
            index == ArgumentIndex ? this : new MessageHole(Name, IsPositional, index, Alignment, Format, Capture, Position, RawText, Choice);

        internal MessageHole WithChoice(Choices.MessageChoice choice) =>
            new MessageHole(Name, IsPositional, ArgumentIndex, Alignment, Format, Capture, Position, RawText, choice);

        /// <inheritdoc />
        public override string ToString() => RawText;
    }
}
