using System;
using System.Text.RegularExpressions;

namespace I18nToolkit.Grammar
{
    /// <summary>
    /// The shape a message ID must have at the start of every message. The default is one capital
    /// letter followed by three or more digits (<c>E131</c>, <c>W2001</c>); a project may choose its own
    /// regular expression (MSBuild property <c>I18nIdPattern</c>).
    /// </summary>
    /// <remarks>This file is shared as linked source with the analyzers and the build task: keep it free of dependencies.</remarks>
    // Public in the runtime; internal where this source is compiled into the analyzers and the build task.
#if I18N_SHARED_SOURCE
    internal
#else
    public
#endif
    sealed class MessageIdPattern
    {
        /// <summary>The regular expression of the default pattern.</summary>
        public const string DefaultPattern = "[A-Z][0-9]{3,}";

        private readonly Regex? _regex;

        private MessageIdPattern(string pattern, Regex? regex)
        {
            Pattern = pattern;
            _regex = regex;
        }

        /// <summary>The default pattern: one capital letter and three or more digits.</summary>
        public static MessageIdPattern Default { get; } = new MessageIdPattern(DefaultPattern, null);

        /// <summary>The regular expression this pattern matches IDs with.</summary>
        public string Pattern { get; }

        /// <summary>Creates a pattern from a regular expression that matches a whole ID (it is anchored at the message start).</summary>
        /// <param name="pattern">A .NET regular expression, for example <c>[A-Z]{2}[0-9]{4}</c>.</param>
        /// <exception cref="ArgumentException">The expression is empty, invalid, or matches an empty ID.</exception>
        public static MessageIdPattern Create(string pattern)
        {
            if (string.IsNullOrWhiteSpace(pattern))
                throw new ArgumentException("A message ID pattern must not be empty.", nameof(pattern));
            if (pattern == DefaultPattern)
                return Default;

            Regex regex;
            try
            {
                // \G anchors at the start offset; the ID must also end where ": " begins (checked by the caller).
                regex = new Regex(@"\G(?:" + pattern + ")", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"The message ID pattern '{pattern}' is not a valid regular expression: {e.Message}", nameof(pattern), e);
            }

            if (regex.IsMatch(string.Empty))
                throw new ArgumentException($"The message ID pattern '{pattern}' matches an empty ID; it must require at least one character.", nameof(pattern));
            return new MessageIdPattern(pattern, regex);
        }

        /// <summary>
        /// Returns the length of the ID at the start of <paramref name="message"/> that is followed by
        /// <c>": "</c>, or -1 when the message does not start with such an ID.
        /// </summary>
        public int MatchLength(string message)
        {
            if (message is null)
                return -1;
            int length = _regex is null ? MatchDefault(message) : MatchRegex(message);
            if (length <= 0 || length + 1 >= message.Length || message[length] != ':' || message[length + 1] != ' ')
                return -1;
            return length;
        }

        /// <summary>Returns the length of the longest prefix of <paramref name="message"/> that matches the pattern, ignoring what follows it.</summary>
        internal int MatchPrefixLength(string message) =>
            message is null ? -1 : (_regex is null ? MatchDefault(message) : MatchRegex(message));

        private static int MatchDefault(string message)
        {
            if (message.Length == 0 || message[0] < 'A' || message[0] > 'Z')
                return -1;
            int i = 1;
            while (i < message.Length && message[i] >= '0' && message[i] <= '9')
                i++;
            return i - 1 >= 3 ? i : -1;
        }

        private int MatchRegex(string message)
        {
            try
            {
                Match match = _regex!.Match(message, 0);
                return match.Success && match.Length > 0 ? match.Length : -1;
            }
            catch (RegexMatchTimeoutException)
            {
                return -1;
            }
        }

        /// <inheritdoc />
        public override string ToString() => Pattern;
    }
}
