using I18nToolkit.Grammar;

namespace I18nToolkit.Rendering
{
    /// <summary>Arguments of a localized message that can be written into a <see cref="MessageBuilder"/> without boxing.</summary>
    internal interface IArgumentSource
    {
        /// <summary>How many arguments there are.</summary>
        int Count { get; }

        /// <summary>Appends argument <paramref name="index"/> (below <see cref="Count"/>) formatted for <paramref name="hole"/>.</summary>
        void AppendArgument(ref MessageBuilder builder, int index, MessageHole hole);
    }
}
