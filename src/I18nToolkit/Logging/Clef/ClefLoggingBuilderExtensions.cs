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
        /// The file is opened when the logger factory first needs the provider, and closed when the factory is disposed.
        /// </summary>
        public static ILoggingBuilder AddClef(this ILoggingBuilder builder, Action<ClefLoggerOptions>? configure = null)
        {
            if (builder is null)
                throw new ArgumentNullException(nameof(builder));
            var options = new ClefLoggerOptions();
            configure?.Invoke(options);
            // Made by the container, so the container disposes it with the logger factory: the file is flushed and
            // closed then, not left open until the process exits (an instance registered as such is never disposed).
            builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ILoggerProvider, ClefLoggerProvider>(_ => new ClefLoggerProvider(options)));
            return builder;
        }
    }
}
