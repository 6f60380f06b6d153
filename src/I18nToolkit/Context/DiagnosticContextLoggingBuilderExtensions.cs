using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace I18nToolkit.Context
{
    /// <summary>Wires the diagnostic context into Microsoft.Extensions.Logging.</summary>
    public static class DiagnosticContextLoggingBuilderExtensions
    {
        /// <summary>
        /// Makes the logger factory use <see cref="DiagnosticContextScopeProvider"/>, so <c>ILogger.BeginScope</c> and
        /// <see cref="DiagnosticContext"/> are one stack and every provider that supports scopes sees the context.
        /// Works for hosts (<c>builder.Logging.AddDiagnosticContext()</c>) and for a plain factory
        /// (<c>LoggerFactory.Create(b => b.AddDiagnosticContext().AddConsole())</c>).
        /// </summary>
        public static ILoggingBuilder AddDiagnosticContext(this ILoggingBuilder builder)
        {
            if (builder is null)
                throw new ArgumentNullException(nameof(builder));
            // LoggerFactory takes an IExternalScopeProvider from the container when one is registered.
            builder.Services.AddSingleton<IExternalScopeProvider>(DiagnosticContextScopeProvider.Instance);
            return builder;
        }
    }
}
