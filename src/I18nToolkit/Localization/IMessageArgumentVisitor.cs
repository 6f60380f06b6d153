namespace I18nToolkit.Localization
{
    /// <summary>
    /// Receives a message's arguments with their own types (see <see cref="ILocalizedMessage.VisitArguments{TVisitor}"/>),
    /// so a writer can encode an <c>int</c> or a <c>DateTime</c> without boxing it.
    /// </summary>
    public interface IMessageArgumentVisitor
    {
        /// <summary>Argument <paramref name="index"/>.</summary>
        void Visit<T>(int index, T value);
    }
}
