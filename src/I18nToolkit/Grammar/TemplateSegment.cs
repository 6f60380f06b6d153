using I18nToolkit.Grammar.Choices;

namespace I18nToolkit.Grammar
{
    /// <summary>
    /// A run of literal text (escapes already undone), one hole, one choice (plural, selectordinal, select) or a plural
    /// branch's <c>#</c>; a template is a sequence of these. The hole's argument index, alignment and format are copied
    /// into the segment so rendering reads one array element.
    /// </summary>
    internal readonly struct TemplateSegment
    {
        public readonly string? Literal;
        public readonly MessageHole? Hole;
        public readonly int ArgumentIndex;
        public readonly int Alignment;
        public readonly string? Format;

        /// <summary>The choice when the segment is a plural, selectordinal or select argument.</summary>
        public readonly MessageChoice? Choice;

        /// <summary>Whether the segment is a plural branch's <c>#</c>: the plural's value less <see cref="NumberOffset"/>.</summary>
        public readonly bool IsNumber;

        public readonly long NumberOffset;

        public TemplateSegment(string literal)
        {
            Literal = literal;
            Hole = null;
            ArgumentIndex = -1;
            Alignment = 0;
            Format = null;
            Choice = null;
            IsNumber = false;
            NumberOffset = 0;
        }

        public TemplateSegment(MessageHole hole)
        {
            Literal = null;
            Hole = hole;
            ArgumentIndex = hole.ArgumentIndex;
            Alignment = hole.Alignment;
            Format = hole.Format;
            Choice = hole.Choice;
            IsNumber = false;
            NumberOffset = 0;
        }

        private TemplateSegment(MessageHole pluralArgument, long offset)
        {
            Literal = null;
            Hole = pluralArgument;
            ArgumentIndex = pluralArgument.ArgumentIndex;
            Alignment = 0;
            Format = null;
            Choice = null;
            IsNumber = true;
            NumberOffset = offset;
        }

        /// <summary>A <c>#</c>: <paramref name="pluralArgument"/> is a plain hole of the plural's argument, written <c>#</c>.</summary>
        public static TemplateSegment Number(MessageHole pluralArgument, long offset) => new TemplateSegment(pluralArgument, offset);

        /// <summary>Whether the segment needs more than a plain hole's rendering (a choice, or a <c>#</c> with an offset).</summary>
        public bool IsStructured => Choice is not null || NumberOffset != 0;
    }
}
