using System;
using System.Globalization;
using I18nToolkit.Grammar;

namespace I18nToolkit.Localization
{
    /// <summary>
    /// A message with its ID, English text and arguments, rendered in a culture only when asked. Implemented by
    /// <see cref="LocalizedString"/> and its generic forms, which <see cref="Localizer"/>'s <c>X</c> methods return.
    /// </summary>
    public interface ILocalizedMessage
    {
        /// <summary>The Localizer that looks the message up; null for a default instance.</summary>
        Localizer? Localizer { get; }

        /// <summary>The message as written in code, ID included (<c>"E131: Could not find {Pattern}"</c>).</summary>
        string Message { get; }

        /// <summary>How many arguments the message carries.</summary>
        int ArgumentCount { get; }

        /// <summary>Argument <paramref name="index"/> (value types are boxed).</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not below <see cref="ArgumentCount"/>.</exception>
        object? GetArgument(int index);

        /// <summary>
        /// Renders the arguments into <paramref name="template"/> (the code's template or a translation bound to it)
        /// without boxing them. A hole without an argument renders as written.
        /// </summary>
        string Render(MessageTemplate template, IFormatProvider? formatProvider);

        /// <summary>
        /// Renders like <see cref="Render"/> into <paramref name="destination"/> without allocating a string, for
        /// writers that encode the text themselves (the CLEF writer). False when the text does not fit; then
        /// <paramref name="charsWritten"/> is 0 and the caller retries with more room.
        /// </summary>
        bool TryRender(MessageTemplate template, IFormatProvider? formatProvider, Span<char> destination, out int charsWritten);

        /// <summary>Hands every argument, in order and with its own type (unboxed), to <paramref name="visitor"/>.</summary>
        /// <typeparam name="TVisitor">The visitor; a struct, so the calls are direct.</typeparam>
        void VisitArguments<TVisitor>(ref TVisitor visitor)
            where TVisitor : struct, IMessageArgumentVisitor;

        /// <summary>Renders the message in <paramref name="culture"/>: its translation along the culture chain, or the English text.</summary>
        string ToString(CultureInfo culture);
    }
}
