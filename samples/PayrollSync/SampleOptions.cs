using System;
using System.Globalization;

namespace PayrollSync
{
    /// <summary>The sample's command line: <c>[--culture NAME] [--format text|json|clef] [--logger mel|serilog] [--attempts N]</c>.</summary>
    internal sealed record SampleOptions(CultureInfo? Culture, string Format, bool Serilog, int Attempts)
    {
        public const string Usage = "Usage: PayrollSync [--culture <name>] [--format text|json|clef] [--logger mel|serilog] [--attempts <1-10>]";

        /// <summary>Parses the arguments; on a mistake returns null and says what is wrong in <paramref name="error"/>.</summary>
        public static SampleOptions? Parse(string[] args, out string? error)
        {
            CultureInfo? culture = null;
            string format = "text";
            bool serilog = false;
            int attempts = 3;
            for (int i = 0; i < args.Length; i++)
            {
                string? value = i + 1 < args.Length ? args[i + 1] : null;
                switch (args[i])
                {
                    case "--culture" when value is not null:
                        try
                        {
                            culture = CultureInfo.GetCultureInfo(value, predefinedOnly: true);
                        }
                        catch (CultureNotFoundException)
                        {
                            error = $"Unknown culture '{value}'. Use a name such as 'de' or 'de-DE'.";
                            return null;
                        }

                        break;
                    case "--format" when value is "text" or "json" or "clef":
                        format = value;
                        break;
                    case "--attempts" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int tries) && tries is >= 1 and <= 10:
                        attempts = tries;
                        break;
                    case "--logger" when value is "mel" or "serilog":
                        serilog = value == "serilog";
                        break;
                    default:
                        error = $"Unknown or incomplete argument '{args[i]}'. {Usage}";
                        return null;
                }

                i++;
            }

            error = null;
            return new SampleOptions(culture, format, serilog, attempts);
        }
    }
}
