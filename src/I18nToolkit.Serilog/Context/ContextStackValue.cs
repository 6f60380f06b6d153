using Serilog.Events;

namespace I18nToolkit.Logging
{
    /// <summary>
    /// The value of the enricher's <c>Context</c> property (the whole stack as text, for text output templates), marked
    /// so that a CLEF line leaves it out: the stack's frames are there as properties already.
    /// </summary>
    internal sealed class ContextStackValue : ScalarValue
    {
        public ContextStackValue(string text)
            : base(text)
        {
        }
    }
}
