using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace I18nToolkit.AspNetCore.Validation
{
    /// <summary>A property of a bound model with its validation attributes and the name it is shown under.</summary>
    internal sealed class ValidatedProperty
    {
        public ValidatedProperty(PropertyInfo property, ValidationAttribute[] attributes)
        {
            Property = property;
            Attributes = attributes;
            Display = property.GetCustomAttribute<DisplayAttribute>();
            DisplayName = property.GetCustomAttribute<DisplayNameAttribute>()?.DisplayName;
        }

        public PropertyInfo Property { get; }

        public ValidationAttribute[] Attributes { get; }

        /// <summary><c>[Display(Name = …)]</c>: its name is looked up like a message (MVC does the same).</summary>
        public DisplayAttribute? Display { get; }

        /// <summary><c>[DisplayName(…)]</c>, shown as written.</summary>
        public string? DisplayName { get; }
    }
}
