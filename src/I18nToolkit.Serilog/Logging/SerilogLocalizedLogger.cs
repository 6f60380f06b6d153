using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using I18nToolkit.Context;
using I18nToolkit.Grammar;
using MessageTemplate = I18nToolkit.Grammar.MessageTemplate;
using I18nToolkit.Localization;
using Serilog.Events;
using SerilogLogger = Serilog.ILogger;
using SerilogTemplate = Serilog.Events.MessageTemplate;

namespace I18nToolkit.Logging
{
    /// <summary>
    /// A logger over Serilog that accepts only localized messages: handing it a <see cref="string"/> does not
    /// compile. The event's message template is the message in the logger's log culture (<see cref="Culture"/>, not the
    /// culture of the code that logs); the holes are properties
    /// under their names; <c>MessageId</c> and <c>MessagePrefix</c> identify the message - and with it its English
    /// text, its template in every language and its event type, so the event carries none of them again.
    /// </summary>
    /// <example><code>log.Warn(Loc.X("E131: Could not find files with pattern {Pattern} in directory {Directory}", pattern, dir), ex);</code></example>
    public sealed class SerilogLocalizedLogger
    {
        private readonly SerilogLogger _logger;

        // The usual logger is Serilog's own sealed Logger: its level check is called directly (and inlined), not
        // through the interface, so a disabled call costs what Serilog's own does.
        private readonly global::Serilog.Core.Logger? _core;

        private readonly CultureInfo _culture;

        /// <summary>Wraps <paramref name="logger"/>; events are written in the UI culture current now.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="logger"/> is null.</exception>
        public SerilogLocalizedLogger(SerilogLogger logger)
            : this(logger, null)
        {
        }

        /// <summary>Wraps <paramref name="logger"/>; events are written in the log culture of <paramref name="options"/>.</summary>
        /// <param name="logger">The logger to write to.</param>
        /// <param name="options">The log culture, read now (its <see cref="LocalizedLoggingOptions.Culture"/>: numbers are
        /// formatted by the sink's format provider, as Serilog does); null for the UI culture current now.</param>
        /// <exception cref="ArgumentNullException"><paramref name="logger"/> is null.</exception>
        public SerilogLocalizedLogger(SerilogLogger logger, LocalizedLoggingOptions? options)
        {
            _logger = logger ?? throw new ArgumentNullException(nameof(logger));
            _core = logger as global::Serilog.Core.Logger;
            _culture = options?.Culture ?? CultureInfo.CurrentUICulture;
        }

        /// <summary>The wrapped logger.</summary>
        public SerilogLogger Logger => _logger;

        /// <summary>The language events are written in, whatever the culture of the code that logs.</summary>
        public CultureInfo Culture => _culture;

        /// <summary>Whether events at <paramref name="level"/> are written.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool IsEnabled(LogEventLevel level) => _core is not null ? _core.IsEnabled(level) : _logger.IsEnabled(level);

        /// <summary>Writes an event of a localized message at <paramref name="level"/>; nothing is formatted when the level is off.</summary>
        /// <param name="level">The level.</param>
        /// <param name="message">The message, from a Localizer's <c>X</c> method.</param>
        /// <param name="exception">The exception to attach, or null.</param>
        /// <typeparam name="TMessage">The message type, inferred.</typeparam>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Log<TMessage>(LogEventLevel level, in TMessage message, Exception? exception = null)
            where TMessage : struct, ILocalizedMessage
        {
            if (IsEnabled(level))
                Write(level, in message, exception);
        }

        /// <summary>Writes a <see cref="LogEventLevel.Verbose"/> event of a localized message; nothing is formatted when the level is off.</summary>
        /// <param name="message">The message, from a Localizer's <c>X</c> method.</param>
        /// <param name="exception">The exception to attach, or null.</param>
        /// <typeparam name="TMessage">The message type, inferred.</typeparam>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Trace<TMessage>(in TMessage message, Exception? exception = null)
            where TMessage : struct, ILocalizedMessage
        {
            if (IsEnabled(LogEventLevel.Verbose))
                Write(LogEventLevel.Verbose, in message, exception);
        }

        /// <summary>Not allowed: log messages must be localized. Wrap the text in <c>Loc.X("E123: …", args)</c>.</summary>
        [Obsolete(LocalizedLogger.PlainStringError, error: true)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Trace(string messageTemplate, params object?[] propertyValues) => throw PlainString();

        /// <summary>Not allowed: log messages must be localized. Wrap the text in <c>Loc.X("E123: …", args)</c>.</summary>
        [Obsolete(LocalizedLogger.PlainStringError, error: true)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Trace(Exception? exception, string messageTemplate, params object?[] propertyValues) => throw PlainString();

        /// <summary>Writes a <see cref="LogEventLevel.Debug"/> event of a localized message; nothing is formatted when the level is off.</summary>
        /// <param name="message">The message, from a Localizer's <c>X</c> method.</param>
        /// <param name="exception">The exception to attach, or null.</param>
        /// <typeparam name="TMessage">The message type, inferred.</typeparam>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Debug<TMessage>(in TMessage message, Exception? exception = null)
            where TMessage : struct, ILocalizedMessage
        {
            if (IsEnabled(LogEventLevel.Debug))
                Write(LogEventLevel.Debug, in message, exception);
        }

        /// <summary>Not allowed: log messages must be localized. Wrap the text in <c>Loc.X("E123: …", args)</c>.</summary>
        [Obsolete(LocalizedLogger.PlainStringError, error: true)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Debug(string messageTemplate, params object?[] propertyValues) => throw PlainString();

        /// <summary>Not allowed: log messages must be localized. Wrap the text in <c>Loc.X("E123: …", args)</c>.</summary>
        [Obsolete(LocalizedLogger.PlainStringError, error: true)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Debug(Exception? exception, string messageTemplate, params object?[] propertyValues) => throw PlainString();

        /// <summary>Writes a <see cref="LogEventLevel.Information"/> event of a localized message; nothing is formatted when the level is off.</summary>
        /// <param name="message">The message, from a Localizer's <c>X</c> method.</param>
        /// <param name="exception">The exception to attach, or null.</param>
        /// <typeparam name="TMessage">The message type, inferred.</typeparam>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Info<TMessage>(in TMessage message, Exception? exception = null)
            where TMessage : struct, ILocalizedMessage
        {
            if (IsEnabled(LogEventLevel.Information))
                Write(LogEventLevel.Information, in message, exception);
        }

        /// <summary>Not allowed: log messages must be localized. Wrap the text in <c>Loc.X("E123: …", args)</c>.</summary>
        [Obsolete(LocalizedLogger.PlainStringError, error: true)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Info(string messageTemplate, params object?[] propertyValues) => throw PlainString();

        /// <summary>Not allowed: log messages must be localized. Wrap the text in <c>Loc.X("E123: …", args)</c>.</summary>
        [Obsolete(LocalizedLogger.PlainStringError, error: true)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Info(Exception? exception, string messageTemplate, params object?[] propertyValues) => throw PlainString();

        /// <summary>Writes a <see cref="LogEventLevel.Warning"/> event of a localized message; nothing is formatted when the level is off.</summary>
        /// <param name="message">The message, from a Localizer's <c>X</c> method.</param>
        /// <param name="exception">The exception to attach, or null.</param>
        /// <typeparam name="TMessage">The message type, inferred.</typeparam>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Warn<TMessage>(in TMessage message, Exception? exception = null)
            where TMessage : struct, ILocalizedMessage
        {
            if (IsEnabled(LogEventLevel.Warning))
                Write(LogEventLevel.Warning, in message, exception);
        }

        /// <summary>Not allowed: log messages must be localized. Wrap the text in <c>Loc.X("E123: …", args)</c>.</summary>
        [Obsolete(LocalizedLogger.PlainStringError, error: true)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Warn(string messageTemplate, params object?[] propertyValues) => throw PlainString();

        /// <summary>Not allowed: log messages must be localized. Wrap the text in <c>Loc.X("E123: …", args)</c>.</summary>
        [Obsolete(LocalizedLogger.PlainStringError, error: true)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Warn(Exception? exception, string messageTemplate, params object?[] propertyValues) => throw PlainString();

        /// <summary>Writes a <see cref="LogEventLevel.Error"/> event of a localized message; nothing is formatted when the level is off.</summary>
        /// <param name="message">The message, from a Localizer's <c>X</c> method.</param>
        /// <param name="exception">The exception to attach, or null.</param>
        /// <typeparam name="TMessage">The message type, inferred.</typeparam>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Error<TMessage>(in TMessage message, Exception? exception = null)
            where TMessage : struct, ILocalizedMessage
        {
            if (IsEnabled(LogEventLevel.Error))
                Write(LogEventLevel.Error, in message, exception);
        }

        /// <summary>Not allowed: log messages must be localized. Wrap the text in <c>Loc.X("E123: …", args)</c>.</summary>
        [Obsolete(LocalizedLogger.PlainStringError, error: true)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Error(string messageTemplate, params object?[] propertyValues) => throw PlainString();

        /// <summary>Not allowed: log messages must be localized. Wrap the text in <c>Loc.X("E123: …", args)</c>.</summary>
        [Obsolete(LocalizedLogger.PlainStringError, error: true)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Error(Exception? exception, string messageTemplate, params object?[] propertyValues) => throw PlainString();

        /// <summary>Writes a <see cref="LogEventLevel.Fatal"/> event of a localized message; nothing is formatted when the level is off.</summary>
        /// <param name="message">The message, from a Localizer's <c>X</c> method.</param>
        /// <param name="exception">The exception to attach, or null.</param>
        /// <typeparam name="TMessage">The message type, inferred.</typeparam>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Critical<TMessage>(in TMessage message, Exception? exception = null)
            where TMessage : struct, ILocalizedMessage
        {
            if (IsEnabled(LogEventLevel.Fatal))
                Write(LogEventLevel.Fatal, in message, exception);
        }

        /// <summary>Not allowed: log messages must be localized. Wrap the text in <c>Loc.X("E123: …", args)</c>.</summary>
        [Obsolete(LocalizedLogger.PlainStringError, error: true)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Critical(string messageTemplate, params object?[] propertyValues) => throw PlainString();

        /// <summary>Not allowed: log messages must be localized. Wrap the text in <c>Loc.X("E123: …", args)</c>.</summary>
        [Obsolete(LocalizedLogger.PlainStringError, error: true)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Critical(Exception? exception, string messageTemplate, params object?[] propertyValues) => throw PlainString();

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void Write<TMessage>(LogEventLevel level, in TMessage message, Exception? exception)
            where TMessage : struct, ILocalizedMessage
        {
            Localizer? localizer = message.Localizer;
            if (localizer is null)
                return; // a default(LocalizedString): nothing was said
            MessageEntry entry = localizer.GetEntry(message.Message);
            MessageTemplate display = entry.GetTemplate(_culture);
            MessageTemplate code = entry.CodeTemplate;
            SerilogMessageCache cache = SerilogMessageCache.For(entry);
            System.Diagnostics.Activity? activity = System.Diagnostics.Activity.Current;
            // A plural or select renders the branches its arguments choose: Serilog renders tokens, so the event carries
            // those (the template's text stays the whole message, for grouping).
            SerilogTemplate template = display.HasChoices ? SerilogTemplateConverter.ConvertChosen(display, in message) : cache.GetTemplate(display);
            if (SerilogEventAssembler.IsAvailable)
            {
                // Serilog 4: the properties go straight into the event's own dictionary, sized once.
                var values = new Dictionary<string, LogEventPropertyValue>(code.HoleNames.Count + 2);
                for (int i = 0; i < code.HoleNames.Count; i++)
                {
                    LogEventPropertyValue? value = Bind(in message, cache, code, i);
                    if (value is not null)
                        values[cache.Names[i]] = value;
                }

                if (cache.MessageId is not null)
                    values[LogPropertyNames.MessageId] = cache.MessageId.Value;
                values[LogPropertyNames.MessagePrefix] = cache.Prefix.Value;
                _logger.Write(SerilogEventAssembler.Create(DateTimeOffset.Now, level, exception, template, values,
                    activity?.TraceId ?? default, activity?.SpanId ?? default));
                return;
            }

            var properties = new LogEventProperty[code.HoleNames.Count + (cache.MessageId is null ? 1 : 2)];
            int n = 0;
            for (int i = 0; i < code.HoleNames.Count; i++)
            {
                LogEventPropertyValue? value = Bind(in message, cache, code, i);
                if (value is not null)
                    properties[n++] = new LogEventProperty(cache.Names[i], value);
            }

            if (cache.MessageId is not null)
                properties[n++] = cache.MessageId;
            properties[n++] = cache.Prefix;
            if (n < properties.Length)
                Array.Resize(ref properties, n);

            // The trace and span of the current activity, as Serilog's own logger takes them.
            _logger.Write(activity is null
                ? new LogEvent(DateTimeOffset.Now, level, exception, template, properties)
                : new LogEvent(DateTimeOffset.Now, level, exception, template, properties, activity.TraceId, activity.SpanId));
        }

        /// <summary>Hole <paramref name="hole"/>'s value as Serilog captures it; null when Serilog's binder refuses it.</summary>
        private LogEventPropertyValue? Bind<TMessage>(in TMessage message, SerilogMessageCache cache, MessageTemplate code, int hole)
            where TMessage : struct, ILocalizedMessage
        {
            int argument = cache.ArgumentIndexes[hole];
            object? value = argument < message.ArgumentCount ? message.GetArgument(argument) : null;
            HoleCapture capture = cache.Captures[hole];
            // What Serilog's own binder makes of a built-in scalar, without the trip through it.
            if (capture == HoleCapture.Default && SerilogScalars.TryCreate(value, out ScalarValue? scalar))
                return scalar;
            if (capture == HoleCapture.Stringify)
                value = value is null ? null : ContextFrame.FormatValue(value); // never throws: a marker where ToString does
            return _logger.BindProperty(code.HoleNames[hole], value, capture == HoleCapture.Destructure, out LogEventProperty? property)
                ? property!.Value
                : null;
        }

        private static NotSupportedException PlainString() => new NotSupportedException(LocalizedLogger.PlainStringError);
    }
}
