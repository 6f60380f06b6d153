using System;
using System.Threading.Tasks;
using I18nToolkit.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace I18nToolkit.AspNetCore.Http
{
    /// <summary>Writes a localized message as problem details, rendered when the response is written.</summary>
    internal sealed class LocalizedProblemResult : IResult, IStatusCodeHttpResult
    {
        private readonly ILocalizedMessage _message;

        public LocalizedProblemResult(ILocalizedMessage message, int statusCode)
        {
            _message = message;
            StatusCode = statusCode;
        }

        public int StatusCode { get; }

        int? IStatusCodeHttpResult.StatusCode => StatusCode;

        public async Task ExecuteAsync(HttpContext httpContext)
        {
            if (httpContext is null)
                throw new ArgumentNullException(nameof(httpContext));
            var problem = LocalizedProblemDetails.Create(httpContext, _message, StatusCode);
            httpContext.Response.StatusCode = StatusCode;
            IProblemDetailsService? problems = httpContext.RequestServices.GetService<IProblemDetailsService>();
            if (problems is null || !await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem }))
                await Results.Problem(problem).ExecuteAsync(httpContext);
        }
    }
}
