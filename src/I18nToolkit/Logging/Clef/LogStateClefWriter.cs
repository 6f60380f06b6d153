using I18nToolkit.Localization;

namespace I18nToolkit.Logging.Clef
{
    /// <summary>The CLEF writer of a localized record (see <see cref="ClefStateWriter{TState}"/>).</summary>
    internal sealed class LogStateClefWriter<TMessage> : ClefStateWriter<LogState<TMessage>>
        where TMessage : struct, ILocalizedMessage
    {
        public override void WriteMessage(in LogState<TMessage> state, Utf8LineBuffer line, bool includeTemplate) =>
            state.WriteClefMessage(line, includeTemplate);

        public override void WriteProperties(in LogState<TMessage> state, Utf8LineBuffer line) =>
            state.WriteClefProperties(line);
    }
}
