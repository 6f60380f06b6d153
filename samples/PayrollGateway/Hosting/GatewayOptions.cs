using System;
using System.Globalization;

namespace PayrollGateway.Hosting
{
    /// <summary>
    /// The command line: <c>--role front|back [--urls URL] [--back URL] [--log FILE] [--culture NAME] [--log-culture NAME]</c>.
    /// Both services listen on the loopback interface by default (front 5080, back 5081). <c>--culture</c> is the
    /// process's culture (replies to a request without <c>Accept-Language</c>); <c>--log-culture</c> the language of the
    /// log, whoever sent the request (default English).
    /// </summary>
    internal sealed record GatewayOptions(GatewayRole Role, string Urls, Uri Back, string? LogPath, CultureInfo? Culture, CultureInfo LogCulture)
    {
        public const string Usage = "Usage: PayrollGateway --role front|back [--urls <url>] [--back <url>] [--log <file>] [--culture <name>] [--log-culture <name>]";

        /// <summary>Parses the arguments; on a mistake returns null and says what is wrong in <paramref name="error"/>.</summary>
        public static GatewayOptions? Parse(string[] args, out string? error)
        {
            GatewayRole? role = null;
            string? urls = null;
            Uri back = new Uri("http://127.0.0.1:5081/");
            string? log = null;
            CultureInfo? culture = null;
            CultureInfo logCulture = CultureInfo.GetCultureInfo("en");
            for (int i = 0; i < args.Length; i += 2)
            {
                string? value = i + 1 < args.Length ? args[i + 1] : null;
                switch (args[i])
                {
                    case "--role" when value is "front" or "back":
                        role = value == "front" ? GatewayRole.Front : GatewayRole.Back;
                        break;
                    case "--urls" when value is not null:
                        urls = value;
                        break;
                    case "--back" when value is not null:
                        if (!Uri.TryCreate(value, UriKind.Absolute, out Uri? parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
                        {
                            error = $"--back '{value}' is not an http(s) address such as http://127.0.0.1:5081.";
                            return null;
                        }

                        back = parsed;
                        break;
                    case "--log" when value is not null:
                        log = value;
                        break;
                    case "--culture" when value is not null:
                        culture = ParseCulture(value, out error);
                        if (culture is null)
                            return null;
                        break;
                    case "--log-culture" when value is not null:
                        CultureInfo? chosen = ParseCulture(value, out error);
                        if (chosen is null)
                            return null;
                        logCulture = chosen;
                        break;
                    default:
                        error = $"Unknown or incomplete argument '{args[i]}'. {Usage}";
                        return null;
                }
            }

            if (role is null)
            {
                error = "--role is required. " + Usage;
                return null;
            }

            error = null;
            urls ??= role == GatewayRole.Front ? "http://127.0.0.1:5080" : "http://127.0.0.1:5081";
            return new GatewayOptions(role.Value, urls, back, log, culture, logCulture);
        }

        private static CultureInfo? ParseCulture(string value, out string? error)
        {
            try
            {
                error = null;
                return CultureInfo.GetCultureInfo(value, predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                error = $"Unknown culture '{value}'. Use a name such as 'de' or 'de-DE'.";
                return null;
            }
        }
    }
}
