using System;
using I18nToolkit.Logging.Clef;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.Logging
{
    /// <summary>Registers the toolkit's JSON-lines (CLEF) output with Microsoft.Extensions.Logging.</summary>
    public static class ClefLoggingBuilderExtensions
    {
        /// <summary>
        /// Writes every record as one CLEF line - to standard output, or to the file in
        /// <see cref="ClefLoggerOptions.Path"/> - with its message ID, prefix, holes and diagnostic context as properties.
        /// </summary>
        public static ILoggingBuilder AddClef(this ILoggingBuilder builder, Action<ClefLoggerOptions>? configure = null)
        {
            if (builder is null)
                throw new ArgumentNullException(nameof(builder));
            var options = new ClefLoggerOptions();
            configure?.Invoke(options);
            builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ILoggerProvider>(new ClefLoggerProvider(options)));
            return builder;
        }
    }
}
