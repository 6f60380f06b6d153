using System;
using System.ComponentModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using I18nToolkit.Localization;
using Microsoft.Extensions.Logging;

namespace I18nToolkit.Logging
{
    /// <summary>
    /// A logger over Microsoft.Extensions.Logging that accepts only localized messages: handing it a
    /// <see cref="string"/> does not compile. The message ID becomes the record's <see cref="EventId"/>
    /// (number and <c>Prefix-ID</c> name) and a <c>MessageId</c> property; holes become properties under their
    /// names (positional ones under their index); <c>{OriginalFormat}</c> is the template in the record's language and
    /// the record's language. Records are written in the logger's log culture (<see cref="Culture"/>), not in the culture
    /// of the code that logs: a server that answers each user in their language writes one language to its log.
    /// </summary>
    /// <example><code>log.Warn(Loc.X("E131: Could not find files with pattern {Pattern} in directory {Directory}", pattern, dir), ex);</code></example>
    public class LocalizedLogger
    {
        /// <summary>
        /// Why a plain string does not compile as a log message: the error the toolkit's loggers (and adapters to other
        /// logging libraries) put on their string overloads with <see cref="System.ObsoleteAttribute"/>.
        /// </summary>
        public const string PlainStringError =
            "Log messages must be localized: pass Loc.X(\"E123: text {Hole}\", args) instead of a string (I18nToolkit).";

        private readonly ILogger _logger;
        private readonly CultureInfo _culture;
        private readonly CultureInfo _formatCulture;

        /// <summary>Wraps <paramref name="logger"/>; records are written in the (UI) culture current now.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="logger"/> is null.</exception>
        public LocalizedLogger(ILogger logger)
            : this(logger, null)
        {
        }

        /// <summary>Wraps <paramref name="logger"/>; records are written in the log culture of <paramref name="options"/>.</summary>
        /// <param name="logger">The logger to write to.</param>
        /// <param name="options">The log culture, read now; null for the cultures current now.</param>
        /// <exception cref="ArgumentNullException"><paramref name="logger"/> is null.</exception>
        public LocalizedLogger(ILogger logger, LocalizedLoggingOptions? options)
        {
            _logger = logger ?? throw new ArgumentNullException(nameof(logger));
            _culture = options?.Culture ?? CultureInfo.CurrentUICulture;
            _formatCulture = options?.FormatCulture ?? CultureInfo.CurrentCulture;
        }

        /// <summary>The wrapped logger, for scopes and for code that needs the standard API.</summary>
        public ILogger Logger => _logger;

        /// <summary>The language records are written in, whatever the culture of the code that logs.</summary>
        public CultureInfo Culture => _culture;

        /// <summary>The culture the holes' numbers and dates are formatted with in records.</summary>
        public CultureInfo FormatCulture => _formatCulture;

        /// <summary>Whether records at <paramref name="level"/> are written.</summary>
        public bool IsEnabled(LogLevel level) => _logger.IsEnabled(level);

        /// <summary>Writes a record of a localized message at <paramref name="level"/>; nothing is formatted when the level is off.</summary>
        /// <param name="level">The level.</param>
        /// <param name="message">The message, from a Localizer's <c>X</c> method.</param>
        /// <param name="exception">The exception to attach, or null.</param>
        /// <typeparam name="TMessage">The message type, inferred.</typeparam>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Log<TMessage>(LogLevel level, in TMessage message, Exception? exception = null)
            where TMessage : struct, ILocalizedMessage
        {
            if (_logger.IsEnabled(level))
                Write(level, in message, exception);
        }

        /// <summary>
        /// Writes a record of a message known only by its interface, such as an <c>ILocalizedException</c>'s
        /// <c>LocalizedMessage</c>; prefer the generic overload, which keeps the arguments unboxed.
        /// </summary>
        /// <param name="level">The level.</param>
        /// <param name="message">The message.</param>
        /// <param name="exception">The exception to attach, or null.</param>
        /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
        public void Log(LogLevel level, ILocalizedMessage message, Exception? exception = null)
        {
            if (message is null)
                throw new ArgumentNullException(nameof(message));
            if (_logger.IsEnabled(level))
                Write(level, new BoxedMessage(message), exception);
        }

        /// <summary>Writes a <see cref="LogLevel.Trace"/> record of a localized message; nothing is formatted when the level is off.</summary>
        /// <param name="message">The message, from a Localizer's <c>X</c> method.</param>
        /// <param name="exception">The exception to attach, or null.</param>
        /// <typeparam name="TMessage">The message type, inferred.</typeparam>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Trace<TMessage>(in TMessage message, Exception? exception = null)
            where TMessage : struct, ILocalizedMessage
        {
            if (_logger.IsEnabled(LogLevel.Trace))
                Write(LogLevel.Trace, in message, exception);
        }

        /// <summary>Not allowed: log messages must be localized. Wrap the text in <c>Loc.X("E123: …", args)</c>.</summary>
        [Obsolete(PlainStringError, error: true)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Trace(string message, params object?[] args) => throw PlainString();

        /// <summary>Not allowed: log messages must be localized. Wrap the text in <c>Loc.X("E123: …", args)</c>.</summary>
        [Obsolete(PlainStringError, error: true)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Trace(Exception? exception, string message, params object?[] args) => throw PlainString();

        /// <summary>Writes a <see cref="LogLevel.Debug"/> record of a localized message; nothing is formatted when the level is off.</summary>
        /// <param name="message">The message, from a Localizer's <c>X</c> method.</param>
        /// <param name="exception">The exception to attach, or null.</param>
        /// <typeparam name="TMessage">The message type, inferred.</typeparam>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Debug<TMessage>(in TMessage message, Exception? exception = null)
            where TMessage : struct, ILocalizedMessage
        {
            if (_logger.IsEnabled(LogLevel.Debug))
                Write(LogLevel.Debug, in message, exception);
        }

        /// <summary>Not allowed: log messages must be localized. Wrap the text in <c>Loc.X("E123: …", args)</c>.</summary>
        [Obsolete(PlainStringError, error: true)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Debug(string message, params object?[] args) => throw PlainString();

        /// <summary>Not allowed: log messages must be localized. Wrap the text in <c>Loc.X("E123: …", args)</c>.</summary>
        [Obsolete(PlainStringError, error: true)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Debug(Exception? exception, string message, params object?[] args) => throw PlainString();

        /// <summary>Writes a <see cref="LogLevel.Information"/> record of a localized message; nothing is formatted when the level is off.</summary>
        /// <param name="message">The message, from a Localizer's <c>X</c> method.</param>
        /// <param name="exception">The exception to attach, or null.</param>
        /// <typeparam name="TMessage">The message type, inferred.</typeparam>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Info<TMessage>(in TMessage message, Exception? exception = null)
            where TMessage : struct, ILocalizedMessage
        {
            if (_logger.IsEnabled(LogLevel.Information))
                Write(LogLevel.Information, in message, exception);
        }

        /// <summary>Not allowed: log messages must be localized. Wrap the text in <c>Loc.X("E123: …", args)</c>.</summary>
        [Obsolete(PlainStringError, error: true)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Info(string message, params object?[] args) => throw PlainString();

        /// <summary>Not allowed: log messages must be localized. Wrap the text in <c>Loc.X("E123: …", args)</c>.</summary>
        [Obsolete(PlainStringError, error: true)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Info(Exception? exception, string message, params object?[] args) => throw PlainString();

        /// <summary>Writes a <see cref="LogLevel.Warning"/> record of a localized message; nothing is formatted when the level is off.</summary>
        /// <param name="message">The message, from a Localizer's <c>X</c> method.</param>
        /// <param name="exception">The exception to attach, or null.</param>
        /// <typeparam name="TMessage">The message type, inferred.</typeparam>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Warn<TMessage>(in TMessage message, Exception? exception = null)
            where TMessage : struct, ILocalizedMessage
        {
            if (_logger.IsEnabled(LogLevel.Warning))
                Write(LogLevel.Warning, in message, exception);
        }

        /// <summary>Not allowed: log messages must be localized. Wrap the text in <c>Loc.X("E123: …", args)</c>.</summary>
        [Obsolete(PlainStringError, error: true)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Warn(string message, params object?[] args) => throw PlainString();

        /// <summary>Not allowed: log messages must be localized. Wrap the text in <c>Loc.X("E123: …", args)</c>.</summary>
        [Obsolete(PlainStringError, error: true)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Warn(Exception? exception, string message, params object?[] args) => throw PlainString();

        /// <summary>Writes a <see cref="LogLevel.Error"/> record of a localized message; nothing is formatted when the level is off.</summary>
        /// <param name="message">The message, from a Localizer's <c>X</c> method.</param>
        /// <param name="exception">The exception to attach, or null.</param>
        /// <typeparam name="TMessage">The message type, inferred.</typeparam>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Error<TMessage>(in TMessage message, Exception? exception = null)
            where TMessage : struct, ILocalizedMessage
        {
            if (_logger.IsEnabled(LogLevel.Error))
                Write(LogLevel.Error, in message, exception);
        }

        /// <summary>Not allowed: log messages must be localized. Wrap the text in <c>Loc.X("E123: …", args)</c>.</summary>
        [Obsolete(PlainStringError, error: true)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Error(string message, params object?[] args) => throw PlainString();

        /// <summary>Not allowed: log messages must be localized. Wrap the text in <c>Loc.X("E123: …", args)</c>.</summary>
        [Obsolete(PlainStringError, error: true)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Error(Exception? exception, string message, params object?[] args) => throw PlainString();

        /// <summary>Writes a <see cref="LogLevel.Critical"/> record of a localized message; nothing is formatted when the level is off.</summary>
        /// <param name="message">The message, from a Localizer's <c>X</c> method.</param>
        /// <param name="exception">The exception to attach, or null.</param>
        /// <typeparam name="TMessage">The message type, inferred.</typeparam>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Critical<TMessage>(in TMessage message, Exception? exception = null)
            where TMessage : struct, ILocalizedMessage
        {
            if (_logger.IsEnabled(LogLevel.Critical))
                Write(LogLevel.Critical, in message, exception);
        }

        /// <summary>Not allowed: log messages must be localized. Wrap the text in <c>Loc.X("E123: …", args)</c>.</summary>
        [Obsolete(PlainStringError, error: true)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Critical(string message, params object?[] args) => throw PlainString();

        /// <summary>Not allowed: log messages must be localized. Wrap the text in <c>Loc.X("E123: …", args)</c>.</summary>
        [Obsolete(PlainStringError, error: true)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public void Critical(Exception? exception, string message, params object?[] args) => throw PlainString();

        // Kept out of line so the level check above stays small enough to inline at every call site.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private void Write<TMessage>(LogLevel level, in TMessage message, Exception? exception)
            where TMessage : struct, ILocalizedMessage
        {
            Localizer? localizer = message.Localizer;
            if (localizer is null)
                return; // a default(LocalizedString): nothing was said
            MessageEntry entry = localizer.GetEntry(message.Message);
            var state = new LogState<TMessage>(in message, entry, _culture, _formatCulture);
            if (exception is null || LogCultureScope.IsCurrent(_culture, _formatCulture))
            {
                _logger.Log(level, entry.EventId, state, exception, LogState<TMessage>.Formatter);
                return;
            }

            // Providers render the exception (its Message, a LocalizedException's included) while they write the record:
            // under the log culture, so the record is one language from its message to its stack trace.
            using (new LogCultureScope(_culture, _formatCulture))
                _logger.Log(level, entry.EventId, state, exception, LogState<TMessage>.Formatter);
        }

        private static NotSupportedException PlainString() => new NotSupportedException(PlainStringError);
    }
}
