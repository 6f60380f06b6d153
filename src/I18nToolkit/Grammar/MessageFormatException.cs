using System;

namespace I18nToolkit.Grammar
{
    /// <summary>A message or message template does not follow the message grammar.</summary>
    // Public in the runtime; internal where this source is compiled into the analyzers and the build task.
#if I18N_SHARED_SOURCE
    internal
#else
    public
#endif
    sealed class MessageFormatException : FormatException
    {
        /// <summary>Creates the exception for <paramref name="error"/>.</summary>
        public MessageFormatException(MessageFormatError error)
            : base((error ?? throw new ArgumentNullException(nameof(error))).Message)
        {
            Error = error;
        }

        /// <summary>The position and the expectation that failed.</summary>
        public MessageFormatError Error { get; }

        /// <summary>The zero-based character position of the problem.</summary>
        public int Position => Error.Position;
    }
}
