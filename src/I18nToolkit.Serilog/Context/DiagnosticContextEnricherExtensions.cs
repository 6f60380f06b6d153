using System;
using I18nToolkit.Logging;
using Serilog.Configuration;

namespace Serilog
{
    /// <summary>Adds the toolkit's diagnostic context to Serilog configuration.</summary>
    public static class DiagnosticContextEnricherExtensions
    {
        /// <summary>
        /// Enriches every event with the diagnostic context (each key as a property, the stack as <c>Context</c>).
        /// Combines with <c>Enrich.FromLogContext()</c>: both may be used.
        /// </summary>
        public static LoggerConfiguration WithDiagnosticContext(this LoggerEnrichmentConfiguration enrich)
        {
            if (enrich is null)
                throw new ArgumentNullException(nameof(enrich));
            return enrich.With(new DiagnosticContextEnricher());
        }
    }
}
