using System;
using I18nToolkit.AspNetCore.Validation;
using Microsoft.AspNetCore.Http;

namespace Microsoft.AspNetCore.Builder
{
    /// <summary>Localized data-annotation validation for minimal-API endpoints.</summary>
    public static class LocalizedValidationEndpointExtensions
    {
        /// <summary>
        /// Validates the endpoint's (or group's) bound models with their data annotations before the handler runs,
        /// answering 400 with a validation problem whose messages are in the request's language: an attribute's
        /// <c>ErrorMessage</c> that starts with a message ID (<c>[Required(ErrorMessage = "E301: {0} is required")]</c>)
        /// is a toolkit message, extracted by the build and translated like any other; a plain one is looked up by
        /// Microsoft.Extensions.Localization. Needs <c>AddI18nToolkit()</c>.
        /// </summary>
        public static TBuilder WithLocalizedValidation<TBuilder>(this TBuilder builder)
            where TBuilder : IEndpointConventionBuilder
        {
            if (builder is null)
                throw new ArgumentNullException(nameof(builder));
            builder.AddEndpointFilter<TBuilder, LocalizedValidationFilter>();
            return builder;
        }
    }
}
