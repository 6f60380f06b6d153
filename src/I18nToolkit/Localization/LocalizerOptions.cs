using I18nToolkit.Grammar;

namespace I18nToolkit.Localization
{
    /// <summary>Options of a <see cref="Localizer"/>. Every option has a default that suits most projects.</summary>
    public sealed class LocalizerOptions
    {
        /// <summary>
        /// The shape of message IDs. Default (null): the project's <c>I18nIdPattern</c> as the build stamped it into the
        /// assembly (<see cref="Localizer.ForAssembly"/>), else <see cref="MessageIdPattern.Default"/> (one capital letter
        /// and three or more digits).
        /// </summary>
        public MessageIdPattern? IdPattern { get; set; }

        /// <summary>
        /// Whether rendered text starts with the message ID (<c>"E131: Konnte …"</c>), so a reader of any language can
        /// quote the ID. Default: true.
        /// </summary>
        public bool IncludeIdInText { get; set; } = true;

        /// <summary>
        /// How many distinct message texts a Localizer caches. Messages are compile-time constants, so real programs
        /// stay far below this; past it, texts are parsed on every use instead of growing memory. Default: 100,000.
        /// </summary>
        public int MaxCachedMessages { get; set; } = 100_000;
    }
}
