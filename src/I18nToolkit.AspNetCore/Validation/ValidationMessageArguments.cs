using System.ComponentModel.DataAnnotations;

namespace I18nToolkit.AspNetCore.Validation
{
    /// <summary>
    /// The arguments a validation attribute's message is formatted with: <c>{0}</c> the display name, then what the
    /// attribute's own <c>FormatErrorMessage</c> passes (MVC's attribute adapters pass the same), so one
    /// <c>ErrorMessage</c> reads the same under MVC and under the minimal-API filter.
    /// </summary>
    internal static class ValidationMessageArguments
    {
        public static object[] For(ValidationAttribute attribute, string displayName) => attribute switch
        {
            StringLengthAttribute a => new object[] { displayName, a.MaximumLength, a.MinimumLength },
            RangeAttribute a => new object[] { displayName, a.Minimum, a.Maximum },
            MinLengthAttribute a => new object[] { displayName, a.Length },
            MaxLengthAttribute a => new object[] { displayName, a.Length },
            LengthAttribute a => new object[] { displayName, a.MinimumLength, a.MaximumLength },
            CompareAttribute a => new object[] { displayName, a.OtherPropertyDisplayName ?? a.OtherProperty },
            RegularExpressionAttribute a => new object[] { displayName, a.Pattern },
            _ => new object[] { displayName },
        };
    }
}
