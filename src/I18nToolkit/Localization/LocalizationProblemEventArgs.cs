using System;
using System.Globalization;

namespace I18nToolkit.Localization
{
    /// <summary>Describes a localization problem; raised through <see cref="Localizer.ProblemReported"/> once per message and culture.</summary>
    public sealed class LocalizationProblemEventArgs : EventArgs
    {
        internal LocalizationProblemEventArgs(LocalizationProblemKind kind, string? resourceKey, string messageText,
            CultureInfo? culture, string description, Exception? exception = null)
        {
            Kind = kind;
            ResourceKey = resourceKey;
            MessageText = messageText;
            Culture = culture;
            Description = description;
            Exception = exception;
        }

        /// <summary>What went wrong.</summary>
        public LocalizationProblemKind Kind { get; }

        /// <summary>The resource key (<c>Prefix-ID</c>), or null when the message has no valid ID.</summary>
        public string? ResourceKey { get; }

        /// <summary>The message as written in code.</summary>
        public string MessageText { get; }

        /// <summary>The culture whose translation has the problem; null for a problem of the message in code or of the resources as a whole.</summary>
        public CultureInfo? Culture { get; }

        /// <summary>A sentence that says what is wrong and where.</summary>
        public string Description { get; }

        /// <summary>The exception behind the problem, if any.</summary>
        public Exception? Exception { get; }

        /// <inheritdoc />
        public override string ToString() => Description;
    }
}
