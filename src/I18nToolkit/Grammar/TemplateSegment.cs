namespace I18nToolkit.Grammar
{
    /// <summary>A run of literal text (escapes already undone) or one hole; a template is a sequence of these.</summary>
    internal readonly struct TemplateSegment
    {
        public TemplateSegment(string literal)
        {
            Literal = literal;
            Hole = null;
        }

        public TemplateSegment(MessageHole hole)
        {
            Literal = null;
            Hole = hole;
        }

        /// <summary>The text of a literal segment; null for a hole.</summary>
        public string? Literal { get; }

        /// <summary>The hole of a hole segment; null for literal text.</summary>
        public MessageHole? Hole { get; }
    }
}
