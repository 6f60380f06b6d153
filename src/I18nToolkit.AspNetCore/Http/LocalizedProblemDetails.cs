using System.Globalization;
using I18nToolkit.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace I18nToolkit.AspNetCore.Http
{
    /// <summary>A problem details body for a localized message: the text in the request's culture, the ID beside it.</summary>
    internal static class LocalizedProblemDetails
    {
        /// <summary>The problem details extension that carries the message ID.</summary>
        public const string MessageIdExtension = "messageId";

        public static ProblemDetails Create(HttpContext httpContext, ILocalizedMessage message, int status)
        {
            var problem = new ProblemDetails { Status = status, Detail = message.ToString(RequestCulture(httpContext)) };
            if (message.Localizer?.GetEntry(message.Message).Id is { IsEmpty: false } id)
                problem.Extensions[MessageIdExtension] = id.Value;
            return problem;
        }

        /// <summary>
        /// The request's culture as request localization chose it. An exception handler runs in the middleware outside
        /// <c>UseRequestLocalization()</c> (usually the first), where the culture that middleware set no longer applies.
        /// </summary>
        public static CultureInfo RequestCulture(HttpContext httpContext) =>
            httpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture;
    }
}
