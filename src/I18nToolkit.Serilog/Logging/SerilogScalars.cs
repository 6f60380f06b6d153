using System;
using Serilog.Events;

namespace I18nToolkit.Logging
{
    /// <summary>
    /// The built-in types Serilog's property binder always captures as a <see cref="ScalarValue"/> of the value itself
    /// (a string before anything else, the built-in scalars and enums before any destructuring policy, which only
    /// <c>{@Hole}</c> reaches), so binding them directly gives the same property.
    /// Held to Serilog's own binder by a differential test.
    /// </summary>
    internal static class SerilogScalars
    {
        public static bool TryCreate(object? value, out ScalarValue? scalar)
        {
            switch (value)
            {
                case null:
                    scalar = ScalarValue.Null;
                    return true;
                case string or int or long or bool or double or decimal or short or uint or ulong or ushort or byte or sbyte or float or char
                    or DateTime or DateTimeOffset or TimeSpan or Guid or Enum:
                    scalar = new ScalarValue(value);
                    return true;
                default:
                    scalar = null;
                    return false;
            }
        }
    }
}
