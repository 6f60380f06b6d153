using System;
using System.Globalization;
using I18nToolkit.Localization;

namespace I18nToolkit.Exceptions
{
    /// <summary>
    /// An exception whose <see cref="Message"/> is a localized message rendered in the current UI culture each time
    /// it is read: the user's language where the user reads it (ASP.NET Core's problem details with
    /// <c>I18nToolkit.AspNetCore</c>), the log culture in a record of the toolkit's loggers, which write a record
    /// with an exception under the log culture.
    /// </summary>
    /// <example>
    /// <code>throw new LocalizedException(Loc.X("E207: Payroll record {Record} is invalid", id));</code>
    /// Derive from it for your own exception types; the constructor takes any localized message.
    /// </example>
    public class LocalizedException : Exception, ILocalizedException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">The message, from a Localizer's <c>X</c> method.</param>
        /// <param name="innerException">The exception that caused this one, or null.</param>
        /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
        public LocalizedException(ILocalizedMessage message, Exception? innerException = null)
            : base((message ?? throw new ArgumentNullException(nameof(message))).Message, innerException)
        {
            LocalizedMessage = message;
            MessageId = message.Localizer?.GetEntry(message.Message).Id.Value;
        }

        /// <inheritdoc />
        public ILocalizedMessage LocalizedMessage { get; }

        /// <inheritdoc />
        public string? MessageId { get; }

        /// <summary>The message rendered in the current UI culture.</summary>
        public override string Message => LocalizedMessage.ToString() ?? base.Message;

        /// <summary>The message rendered in <paramref name="culture"/>.</summary>
        public string GetMessage(CultureInfo culture) => LocalizedMessage.ToString(culture);
    }
}
