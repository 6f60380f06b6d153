using I18nToolkit.Localization;

namespace I18nToolkit.Exceptions
{
    /// <summary>
    /// An exception whose message is a localized message. Implement it on exception types that cannot derive from
    /// <see cref="LocalizedException"/> (because they derive from another exception type): return the message from
    /// <see cref="LocalizedMessage"/> and override <c>Message</c> as <c>LocalizedMessage.ToString()</c>.
    /// </summary>
    public interface ILocalizedException
    {
        /// <summary>The message, rendered in the current UI culture whenever <c>Message</c> is read.</summary>
        ILocalizedMessage LocalizedMessage { get; }

        /// <summary>The message ID (<c>E131</c>), or null when the message has none.</summary>
        string? MessageId { get; }
    }
}
