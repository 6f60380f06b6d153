using System.Collections.Generic;

namespace I18nToolkit.Propagation
{
    /// <summary>What of the diagnostic context crosses a process boundary, and within which limits.</summary>
    public sealed class ContextPropagationOptions
    {
        /// <summary>
        /// The keys that cross (in both directions). Default: null, every key pushed through
        /// <see cref="Context.DiagnosticContext"/>; keys of other logging scopes (<c>ILogger.BeginScope</c>, e.g. ASP.NET
        /// Core's RequestId) stay in their process unless listed here.
        /// </summary>
        public ICollection<string>? AllowedKeys { get; set; }

        /// <summary>At most this many baggage members are written. Default: 64, the W3C minimum every hop must pass.</summary>
        public int MaxEntries { get; set; } = BaggageCodec.MaxEntries;

        /// <summary>At most this many bytes of baggage are written. Default: 8,192, the W3C minimum every hop must pass.</summary>
        public int MaxBytes { get; set; } = BaggageCodec.MaxBytes;

        /// <summary>Whether these options send what no options send (so the frame's cached header applies).</summary>
        internal bool IsDefault => AllowedKeys is null && MaxEntries == BaggageCodec.MaxEntries && MaxBytes == BaggageCodec.MaxBytes;

        internal bool Allows(string key) => AllowedKeys is null || AllowedKeys.Contains(key);
    }
}
