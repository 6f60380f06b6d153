using System.ComponentModel.DataAnnotations;

namespace I18nToolkit.AspNetCore.Tests.Localization
{
    /// <summary>A model bound from a request body, its validation messages toolkit messages.</summary>
    public sealed class Payslip
    {
        [Required(ErrorMessage = "E302: The {0} field is required")]
        public string? Employee { get; set; }

        [Display(Name = "L306: Hours worked")]
        [Range(1, 100, ErrorMessage = "E303: {0} must be between {1} and {2}")]
        public int Hours { get; set; }
    }
}
