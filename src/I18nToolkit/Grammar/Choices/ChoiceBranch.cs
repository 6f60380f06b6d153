using I18nToolkit.Grammar.Plurals;

namespace I18nToolkit.Grammar.Choices
{
    /// <summary>One branch of a choice: its selector (<c>=0</c>, <c>one</c>, <c>female</c>) and the message it renders.</summary>
    internal sealed class ChoiceBranch
    {
        public ChoiceBranch(string selector, long? exactValue, PluralCategory? category, TemplateSegment[] segments,
            int selectorPosition, int contentStart, int contentEnd)
        {
            Selector = selector;
            ExactValue = exactValue;
            Category = category;
            Segments = segments;
            SelectorPosition = selectorPosition;
            ContentStart = contentStart;
            ContentEnd = contentEnd;
        }

        /// <summary>The selector as written.</summary>
        public string Selector { get; }

        /// <summary>The value of an exact selector (<c>=0</c>), or null.</summary>
        public long? ExactValue { get; }

        /// <summary>The category of a plural keyword (<c>one</c>), or null (an exact value, or a select keyword).</summary>
        public PluralCategory? Category { get; }

        public TemplateSegment[] Segments { get; }

        /// <summary>Where the selector starts, and where the branch's message starts and ends (inside its braces), in the parsed text.</summary>
        public int SelectorPosition { get; }

        public int ContentStart { get; }

        public int ContentEnd { get; }

        public ChoiceBranch WithSegments(TemplateSegment[] segments) =>
            new ChoiceBranch(Selector, ExactValue, Category, segments, SelectorPosition, ContentStart, ContentEnd);
    }
}
