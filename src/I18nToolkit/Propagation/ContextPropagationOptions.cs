using System;
using System.Collections.Generic;

namespace I18nToolkit.Propagation
{
    /// <summary>What of the diagnostic context crosses a process boundary, what a received one may add to the records, and within which limits.</summary>
    /// <remarks>
    /// Receiving is safe by default: a caller's baggage is passed on to the next hop (as the W3C spec asks) but puts
    /// nothing into this process's records - any HTTP client could otherwise write <c>Application=…</c> into every
    /// record of its request. Name the keys a sender may set in <see cref="AcceptedKeys"/>, or set
    /// <see cref="AcceptAll"/> for senders you trust (your own services behind a gateway; in ASP.NET Core, per request
    /// with <c>UseContextPropagation(isTrusted)</c>).
    /// </remarks>
    public sealed class ContextPropagationOptions
    {
        /// <summary>
        /// The keys that cross at all, in both directions. Default: null, every key pushed through
        /// <see cref="Context.DiagnosticContext"/> and every received member; keys of other logging scopes
        /// (<c>ILogger.BeginScope</c>, e.g. ASP.NET Core's RequestId) stay in their process unless listed here.
        /// </summary>
        public ICollection<string>? AllowedKeys { get; set; }

        /// <summary>
        /// The keys a received carrier may add to the records' context (when <see cref="AllowedKeys"/> lets them cross).
        /// Default: none. Members with other keys are still passed on to the next hop.
        /// </summary>
        public ICollection<string>? AcceptedKeys { get; set; }

        /// <summary>Whether every received key (that <see cref="AllowedKeys"/> lets cross) is added to the records' context. Default: false.</summary>
        public bool AcceptAll { get; set; }

        /// <summary>
        /// At most this many baggage members are written, and read from a received carrier. Default: 64, the W3C
        /// minimum every hop must pass.
        /// </summary>
        public int MaxEntries { get; set; } = BaggageCodec.MaxEntries;

        /// <summary>
        /// At most this many bytes of baggage are written, and read from a received carrier (over all its
        /// <c>baggage</c> headers). Default: 8,192, the W3C minimum every hop must pass.
        /// </summary>
        public int MaxBytes { get; set; } = BaggageCodec.MaxBytes;

        /// <summary>Whether these options send what no options send (so the frame's cached header applies).</summary>
        internal bool IsDefault => AllowedKeys is null && MaxEntries == BaggageCodec.MaxEntries && MaxBytes == BaggageCodec.MaxBytes;

        internal bool Allows(string key) => AllowedKeys is null || AllowedKeys.Contains(key);

        /// <summary>Whether a received member with this key enters the records.</summary>
        internal bool Accepts(string key) => Allows(key) && (AcceptAll || (AcceptedKeys is not null && AcceptedKeys.Contains(key)));

        /// <summary>A copy of these options that accepts every allowed key (for a trusted caller).</summary>
        public ContextPropagationOptions TrustingAll() => new ContextPropagationOptions
        {
            AllowedKeys = AllowedKeys,
            AcceptedKeys = AcceptedKeys,
            AcceptAll = true,
            MaxEntries = MaxEntries,
            MaxBytes = MaxBytes,
        };

        /// <summary>Throws for limits no header could meet.</summary>
        internal void Validate()
        {
            if (MaxEntries < 1)
                throw new ArgumentOutOfRangeException(nameof(MaxEntries), MaxEntries, "ContextPropagationOptions.MaxEntries must be at least 1.");
            if (MaxBytes < 1)
                throw new ArgumentOutOfRangeException(nameof(MaxBytes), MaxBytes, "ContextPropagationOptions.MaxBytes must be at least 1.");
        }
    }
}
