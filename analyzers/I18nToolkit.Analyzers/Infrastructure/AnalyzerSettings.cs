using System;
using I18nToolkit.Grammar;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace I18nToolkit.Analyzers.Infrastructure
{
    /// <summary>
    /// The project's settings, read from MSBuild properties made visible to the compiler
    /// (<c>CompilerVisibleProperty</c>; the package's props do this): <c>I18nIdPattern</c>, <c>I18nPrefix</c>, <c>I18nResourceName</c>,
    /// <c>I18nStrictLogging</c>, <c>I18nStrictLoggingMinLevel</c>.
    /// </summary>
    internal sealed class AnalyzerSettings
    {
        private AnalyzerSettings(MessageIdPattern idPattern, string prefix, string resourceName, bool strictLogging, int strictMinLevel, string? patternError)
        {
            StrictLoggingMinLevel = strictMinLevel;
            IdPattern = idPattern;
            Prefix = prefix;
            ResourceName = resourceName;
            StrictLogging = strictLogging;
            PatternError = patternError;
        }

        /// <summary>The message ID pattern (the default when the property is unset or invalid).</summary>
        public MessageIdPattern IdPattern { get; }

        /// <summary>The resource key prefix: <c>I18nPrefix</c>, else the assembly name.</summary>
        public string Prefix { get; }

        /// <summary>The base name of the resource files: <c>I18nResourceName</c>, else <c>Messages</c> (culture files are <c>Messages.de.resx</c>).</summary>
        public string ResourceName { get; }

        /// <summary>Whether plain-string log calls and literal exception messages are reported.</summary>
        public bool StrictLogging { get; }

        /// <summary>
        /// The lowest level whose plain-string calls are reported, as a rank (0 Trace/Verbose … 5 Critical/Fatal, the
        /// values of both MEL's LogLevel and Serilog's LogEventLevel). An unknown name reports every level (the build
        /// stops on it first, I18NB010).
        /// </summary>
        public int StrictLoggingMinLevel { get; }

        /// <summary>The rank of a level name (MEL's, Serilog's, or the localized logger's method name), or -1.</summary>
        public static int LevelRank(string? name) => name?.Trim().ToLowerInvariant() switch
        {
            "trace" or "verbose" => 0,
            "debug" => 1,
            "information" or "info" => 2,
            "warning" or "warn" => 3,
            "error" => 4,
            "critical" or "fatal" => 5,
            _ => -1,
        };

        /// <summary>Why <c>I18nIdPattern</c> could not be used, or null.</summary>
        public string? PatternError { get; }

        public static AnalyzerSettings Read(AnalyzerOptions options, Compilation compilation)
        {
            var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
            MessageIdPattern pattern = MessageIdPattern.Default;
            string? patternError = null;
            if (global.TryGetValue("build_property.I18nIdPattern", out string? text) && !string.IsNullOrWhiteSpace(text))
            {
                try
                {
                    pattern = MessageIdPattern.Create(text);
                }
                catch (ArgumentException e)
                {
                    patternError = e.Message;
                }
            }

            string prefix = global.TryGetValue("build_property.I18nPrefix", out string? p) && !string.IsNullOrWhiteSpace(p)
                ? p.Trim()
                : compilation.AssemblyName ?? "Messages";
            string resourceName = global.TryGetValue("build_property.I18nResourceName", out string? r) && !string.IsNullOrWhiteSpace(r)
                ? r.Trim()
                : "Messages";
            bool strict = global.TryGetValue("build_property.I18nStrictLogging", out string? s)
                && string.Equals(s?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
            int minLevel = global.TryGetValue("build_property.I18nStrictLoggingMinLevel", out string? m) ? System.Math.Max(0, LevelRank(m)) : 0;
            return new AnalyzerSettings(pattern, prefix, resourceName, strict, minLevel, patternError);
        }
    }
}
