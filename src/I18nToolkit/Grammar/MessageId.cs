using System;

namespace I18nToolkit.Grammar
{
    /// <summary>
    /// The stable ID at the start of a message (<c>E131</c> in <c>"E131: Could not find files"</c>).
    /// Together with a prefix (by default the assembly name) it forms the resource key <c>Prefix-E131</c>.
    /// </summary>
    // Public in the runtime; internal where this source is compiled into the analyzers and the build task.
#if I18N_SHARED_SOURCE
    internal
#else
    public
#endif
    readonly struct MessageId : IEquatable<MessageId>
    {
        /// <summary>Creates an ID from its text. Use <see cref="MessageDefinition.Parse(string, MessageIdPattern?)"/> to read one from a message.</summary>
        /// <exception cref="ArgumentException"><paramref name="value"/> is null or empty.</exception>
        public MessageId(string value)
        {
            if (string.IsNullOrEmpty(value))
                throw new ArgumentException("A message ID must not be empty.", nameof(value));
            Value = value;
            Number = ComputeNumber(value);
        }

        /// <summary>The ID as written, for example <c>E131</c>.</summary>
        public string Value { get; }

        /// <summary>
        /// The number used as the log record's event ID: the ID's digits (<c>131</c> for <c>E131</c>), or,
        /// for an ID without digits or with more than fit an <see cref="int"/>, a stable hash of the ID.
        /// </summary>
        public int Number { get; }

        /// <summary>Whether this ID was created (a default instance is not).</summary>
        public bool IsEmpty => Value is null;

        /// <summary>The resource key <c>Prefix-ID</c>.</summary>
        /// <exception cref="ArgumentException"><paramref name="prefix"/> is null or empty.</exception>
        public string ToResourceKey(string prefix)
        {
            if (string.IsNullOrEmpty(prefix))
                throw new ArgumentException("A resource key prefix must not be empty.", nameof(prefix));
            return prefix + "-" + Value;
        }

        /// <inheritdoc />
        public bool Equals(MessageId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is MessageId other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => Value is null ? 0 : StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value ?? string.Empty;

        /// <summary>Compares two IDs.</summary>
        public static bool operator ==(MessageId left, MessageId right) => left.Equals(right);

        /// <summary>Compares two IDs.</summary>
        public static bool operator !=(MessageId left, MessageId right) => !left.Equals(right);

        private static int ComputeNumber(string value)
        {
            // The last run of digits: "E131" -> 131, "AB12C7" -> 7. Event IDs are what administrators filter
            // on, so the number they read in the ID is the one they get.
            int end = value.Length;
            while (end > 0 && !IsDigit(value[end - 1]))
                end--;
            int start = end;
            while (start > 0 && IsDigit(value[start - 1]))
                start--;
            if (end > start && end - start <= 9)
            {
                int number = 0;
                for (int i = start; i < end; i++)
                    number = number * 10 + (value[i] - '0');
                return number;
            }

            // FNV-1a: stable across processes and platforms, unlike string.GetHashCode.
            unchecked
            {
                uint hash = 2166136261;
                foreach (char c in value)
                    hash = (hash ^ c) * 16777619;
                return (int)(hash & 0x7FFFFFFF);
            }
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';
    }
}
