using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using I18nToolkit.AspNetCore.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace I18nToolkit.AspNetCore.Validation
{
    /// <summary>
    /// Data-annotation validation of a minimal-API endpoint's bound models, in the request's language: each failed
    /// attribute's <c>ErrorMessage</c> goes through the model type's <see cref="IStringLocalizer"/> - a toolkit message
    /// (<c>"E301: {0} is required"</c>) is its translation, a plain text Microsoft.Extensions.Localization's lookup - with
    /// the arguments the attribute formats it with; an attribute without one keeps its own message. Invalid requests get
    /// a 400 validation problem (<c>errors</c> by property) and never reach the handler.
    /// </summary>
    /// <remarks>
    /// ASP.NET Core 10's own minimal-API validation (<c>AddValidation</c>) does not localize its messages; MVC's
    /// <c>AddDataAnnotationsLocalization()</c> does, through the same <see cref="IStringLocalizerFactory"/>, so
    /// controllers need no filter. The top-level properties of each argument are validated, and
    /// <see cref="IValidatableObject"/>.
    /// </remarks>
    internal sealed class LocalizedValidationFilter : IEndpointFilter
    {
        private static readonly ConcurrentDictionary<Type, ValidatedProperty[]> Models = new ConcurrentDictionary<Type, ValidatedProperty[]>();

        private readonly IStringLocalizerFactory _localizers;

        public LocalizedValidationFilter(IStringLocalizerFactory localizers) => _localizers = localizers;

        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            Dictionary<string, List<string>>? errors = null;
            foreach (object? argument in context.Arguments)
            {
                if (argument is null || !IsModel(argument.GetType()))
                    continue;
                Validate(argument, context.HttpContext.RequestServices, ref errors);
            }

            if (errors is not null)
                return TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
            return await next(context);
        }

        private static bool IsModel(Type type) =>
            !type.IsPrimitive && !type.IsEnum && type != typeof(string) && type != typeof(decimal) && !typeof(HttpContext).IsAssignableFrom(type)
            && type.Namespace?.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) != true
            && type.Namespace?.StartsWith("System", StringComparison.Ordinal) != true;

        private void Validate(object model, IServiceProvider services, ref Dictionary<string, List<string>>? errors)
        {
            Type type = model.GetType();
            ValidatedProperty[] properties = Models.GetOrAdd(type, Describe);
            if (properties.Length == 0 && model is not IValidatableObject)
                return;
            IStringLocalizer localizer = _localizers.Create(type);
            foreach (ValidatedProperty property in properties)
            {
                object? value = property.Property.GetValue(model);
                string displayName = DisplayName(property, localizer);
                var validation = new ValidationContext(model, services, null) { MemberName = property.Property.Name, DisplayName = displayName };
                foreach (ValidationAttribute attribute in property.Attributes)
                {
                    ValidationResult? result = attribute.GetValidationResult(value, validation);
                    if (result == ValidationResult.Success || result is null)
                        continue;
                    Add(ref errors, property.Property.Name, Message(attribute, displayName, result, localizer));
                }
            }

            if (model is IValidatableObject validatable)
            {
                foreach (ValidationResult result in validatable.Validate(new ValidationContext(model, services, null)))
                {
                    string key = result.MemberNames.FirstOrDefault() ?? string.Empty;
                    Add(ref errors, key, result.ErrorMessage ?? string.Empty);
                }
            }
        }

        private static string Message(ValidationAttribute attribute, string displayName, ValidationResult result, IStringLocalizer localizer)
        {
            if (attribute.ErrorMessage is { Length: > 0 } message && attribute.ErrorMessageResourceType is null)
                return localizer[message, ValidationMessageArguments.For(attribute, displayName)].Value;
            return result.ErrorMessage ?? attribute.FormatErrorMessage(displayName);
        }

        private static string DisplayName(ValidatedProperty property, IStringLocalizer localizer)
        {
            if (property.Display?.Name is { Length: > 0 } name && property.Display.ResourceType is null)
                return localizer is ToolkitStringLocalizer toolkit ? toolkit.Part(name) : localizer[name].Value;
            return property.Display?.GetName() ?? property.DisplayName ?? property.Property.Name;
        }

        private static void Add(ref Dictionary<string, List<string>>? errors, string key, string message)
        {
            errors ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
            if (!errors.TryGetValue(key, out List<string>? list))
                errors[key] = list = new List<string>();
            list.Add(message);
        }

        private static ValidatedProperty[] Describe(Type type) =>
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead)
                .Select(p => new ValidatedProperty(p, p.GetCustomAttributes<ValidationAttribute>(inherit: true).ToArray()))
                .Where(p => p.Attributes.Length > 0)
                .ToArray();
    }
}
