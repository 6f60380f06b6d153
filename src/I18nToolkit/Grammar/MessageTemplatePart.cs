namespace I18nToolkit.Grammar
{
    /// <summary>One part of a <see cref="MessageTemplate"/>: a run of literal text or one hole.</summary>
#if I18N_SHARED_SOURCE
    internal
#else
    public
#endif
    readonly struct MessageTemplatePart
    {
        internal MessageTemplatePart(string literal)
        {
            Literal = literal;
            Hole = null;
        }

        internal MessageTemplatePart(MessageHole hole)
        {
            Literal = null;
            Hole = hole;
        }

        /// <summary>The literal text (escapes undone), or null when the part is a hole.</summary>
        public string? Literal { get; }

        /// <summary>The hole, or null when the part is literal text.</summary>
        public MessageHole? Hole { get; }
    }
}
