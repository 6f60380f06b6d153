using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;

namespace I18nToolkit.AspNetCore.Tests.Localization
{
    /// <summary>A model bound from a request body, its validation messages toolkit messages.</summary>
    public sealed class Payslip : IValidatableObject
    {
        [Required(ErrorMessage = "E302: The {0} field is required")]
        public string? Employee { get; set; }

        [Display(Name = "L306: Hours worked")]
        [Range(1, 100, ErrorMessage = "E303: {0} must be between {1} and {2}")]
        public int Hours { get; set; }

        [StringLength(5, MinimumLength = 2, ErrorMessage = "E307: {0} must have {2} to {1} characters")]
        public string? Code { get; set; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (Hours == 13)
                yield return new ValidationResult("Thirteen hours are not allowed", new[] { nameof(Hours) });
        }
    }
}
