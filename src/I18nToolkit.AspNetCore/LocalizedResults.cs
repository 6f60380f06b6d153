using System;
using I18nToolkit.AspNetCore.Http;
using I18nToolkit.Localization;
using Microsoft.AspNetCore.Http;

namespace I18nToolkit.AspNetCore
{
    /// <summary>Results whose text is a localized message, in the culture of the request they answer.</summary>
    public static class LocalizedResults
    {
        /// <summary>
        /// A problem details response (RFC 9457): <c>detail</c> the message in the request's culture, the
        /// <c>messageId</c> extension its ID (<c>"E221"</c>), so a client can act on the ID and show the text - what the
        /// toolkit's exception handler writes for a localized exception, for a handler that answers without throwing.
        /// </summary>
        /// <param name="message">The message, from a Localizer's <c>X</c> method; rendered when the response is written.</param>
        /// <param name="statusCode">The HTTP status. Default: 500.</param>
        /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not a status from 100 to 599.</exception>
        public static IResult Problem(ILocalizedMessage message, int statusCode = StatusCodes.Status500InternalServerError)
        {
            if (message is null)
                throw new ArgumentNullException(nameof(message));
            if (statusCode < 100 || statusCode > 599)
                throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "An HTTP status is from 100 to 599.");
            return new LocalizedProblemResult(message, statusCode);
        }
    }
}
