namespace I18nToolkit.Grammar
{
    /// <summary>
    /// A run of literal text (escapes already undone) or one hole; a template is a sequence of these. The hole's
    /// argument index, alignment and format are copied into the segment so rendering reads one array element.
    /// </summary>
    internal readonly struct TemplateSegment
    {
        public readonly string? Literal;
        public readonly MessageHole? Hole;
        public readonly int ArgumentIndex;
        public readonly int Alignment;
        public readonly string? Format;

        public TemplateSegment(string literal)
        {
            Literal = literal;
            Hole = null;
            ArgumentIndex = -1;
            Alignment = 0;
            Format = null;
        }

        public TemplateSegment(MessageHole hole)
        {
            Literal = null;
            Hole = hole;
            ArgumentIndex = hole.ArgumentIndex;
            Alignment = hole.Alignment;
            Format = hole.Format;
        }
    }
}
