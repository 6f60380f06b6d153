namespace I18nToolkit.Logging.Clef
{
    /// <summary>
    /// Writes a state type the toolkit knows (a localized record) straight into a CLEF line, typed, without the
    /// pairs and strings <see cref="Microsoft.Extensions.Logging.ILogger.Log{TState}"/> hands other providers.
    /// <see cref="Instance"/> is set by the state type itself when it is first used (see <c>LogState</c>), so finding
    /// it costs a static field read and no reflection.
    /// </summary>
    internal abstract class ClefStateWriter<TState>
    {
        public static ClefStateWriter<TState>? Instance;

        /// <summary><c>@m</c> (and <c>@mt</c> when asked), then <c>@i</c>.</summary>
        public abstract void WriteMessage(in TState state, Utf8LineBuffer line, bool includeTemplate);

        /// <summary>The record's own properties: its holes, <c>MessageId</c>, <c>MessagePrefix</c>.</summary>
        public abstract void WriteProperties(in TState state, Utf8LineBuffer line);
    }
}
