namespace I18nToolkit.Propagation
{
    /// <summary>One W3C baggage list member: a key and its (decoded) value. Properties after <c>;</c> are kept as written.</summary>
    public readonly struct BaggageEntry
    {
        /// <summary>Creates an entry.</summary>
        public BaggageEntry(string key, string value, string? properties = null)
        {
            Key = key;
            Value = value;
            Properties = properties;
        }

        /// <summary>The key (an RFC 7230 token).</summary>
        public string Key { get; }

        /// <summary>The value, percent-decoded.</summary>
        public string Value { get; }

        /// <summary>The member's properties as they were written (<c>prop1;prop2=x</c>), or null.</summary>
        public string? Properties { get; }

        /// <inheritdoc />
        public override string ToString() => Key + "=" + Value;
    }
}
