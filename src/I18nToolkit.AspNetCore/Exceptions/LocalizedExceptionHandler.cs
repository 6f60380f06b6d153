using System;
using System.Threading;
using System.Threading.Tasks;
using I18nToolkit.AspNetCore.Http;
using I18nToolkit.Exceptions;
using I18nToolkit.AspNetCore;
using I18nToolkit.Logging;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace I18nToolkit.AspNetCore.Exceptions
{
    /// <summary>
    /// A localized exception (<see cref="ILocalizedException"/>) that reaches <c>UseExceptionHandler()</c> becomes a
    /// problem details response in the request's culture, with its message ID as the <c>messageId</c> extension, and one
    /// error record in the log culture: the message with its ID and holes, the exception attached. Other exceptions are
    /// left to the next handler (ASP.NET Core's default).
    /// </summary>
    internal sealed class LocalizedExceptionHandler : IExceptionHandler
    {
        private readonly IProblemDetailsService _problems;
        private readonly LocalizedLogger _log;
        private readonly I18nToolkitOptions _options;

        public LocalizedExceptionHandler(IProblemDetailsService problems, ILoggerFactory loggers, LocalizedLoggingOptions logging, I18nToolkitOptions options)
        {
            _problems = problems;
            _log = loggers.CreateLocalizedLogger("I18nToolkit.AspNetCore.LocalizedExceptionHandler", logging);
            _options = options;
        }

        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not ILocalizedException localized || httpContext.Response.HasStarted)
                return false;

            // ASP.NET Core does not log an exception a handler took (.NET 10): this record is the failure's one.
            _log.Log(LogLevel.Error, localized.LocalizedMessage, exception);

            int status = _options.ExceptionStatusCode(exception);
            httpContext.Response.StatusCode = status;
            ProblemDetails problem = LocalizedProblemDetails.Create(httpContext, localized.LocalizedMessage, status);
            return await _problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = problem,
                Exception = exception,
            });
        }

    }
}
