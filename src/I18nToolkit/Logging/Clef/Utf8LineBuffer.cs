using System;
using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using I18nToolkit.Grammar;
using I18nToolkit.Localization;

namespace I18nToolkit.Logging.Clef
{
    /// <summary>
    /// One CLEF line being written: UTF-8 bytes appended straight into a pooled array, JSON-escaped on the way, with
    /// the property names written so far (a record's own properties win over its scopes'). One is cached per thread,
    /// so a record costs no allocation once a thread has written one.
    /// </summary>
    internal sealed class Utf8LineBuffer
    {
        /// <summary>Arrays above this size go back to the pool after the line instead of staying with the thread.</summary>
        private const int KeepBytes = 16 * 1024;

        [ThreadStatic]
        private static Utf8LineBuffer? t_cached;

#if NET8_0_OR_GREATER
        private static readonly SearchValues<char> Escaped = SearchValues.Create(
            "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000a\u000b\u000c\u000d\u000e\u000f" +
            "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\"\\\u2028\u2029");
#endif

        private static readonly byte[] Hex = Encoding.ASCII.GetBytes("0123456789abcdef");

        private byte[] _bytes = new byte[1024];
        private char[] _chars = new char[256];
        private int _length;
        private string[] _keys = new string[16];
        private int _keyCount;
        private object?[] _scopes = new object?[8];
        private int _scopeCount;

        public static Utf8LineBuffer Rent()
        {
            Utf8LineBuffer buffer = t_cached ?? new Utf8LineBuffer();
            t_cached = null;
            return buffer;
        }

        public ReadOnlySpan<byte> Written => new ReadOnlySpan<byte>(_bytes, 0, _length);

        public int Length => _length;

        /// <summary>Clears the line and keeps the buffer for the next record on this thread.</summary>
        public void Return()
        {
            _length = 0;
            Array.Clear(_keys, 0, _keyCount);
            _keyCount = 0;
            Array.Clear(_scopes, 0, _scopeCount);
            _scopeCount = 0;
            if (_bytes.Length > KeepBytes)
                _bytes = new byte[1024];
            if (_chars.Length > KeepBytes)
                _chars = new char[256];
            t_cached = this;
        }

        // Property names, so that a name is written once per line.
        public bool HasKey(string key)
        {
            for (int i = 0; i < _keyCount; i++)
            {
                if (string.Equals(_keys[i], key, StringComparison.Ordinal))
                    return true;
            }

            return false;
        }

        public void AddKey(string key)
        {
            if (_keyCount == _keys.Length)
                Array.Resize(ref _keys, _keys.Length * 2);
            _keys[_keyCount++] = key;
        }

        // Scopes, gathered outer to inner and written inner first.
        public void AddScope(object? scope)
        {
            if (_scopeCount == _scopes.Length)
                Array.Resize(ref _scopes, _scopes.Length * 2);
            _scopes[_scopeCount++] = scope;
        }

        public int ScopeCount => _scopeCount;

        public object? Scope(int index) => _scopes[index];

        public void WriteRaw(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(GetSpan(bytes.Length));
            _length += bytes.Length;
        }

        public void WriteByte(byte value)
        {
            if (_length == _bytes.Length)
                Grow(1);
            _bytes[_length++] = value;
        }

        /// <summary>A JSON string, quotes included.</summary>
        public void WriteString(string? text)
        {
            WriteByte((byte)'"');
            WriteStringContent(text.AsSpan());
            WriteByte((byte)'"');
        }

        /// <summary>A property name and its colon (a leading <c>@</c> doubled, as CLEF escapes it), after a comma.</summary>
        public void WriteName(string name)
        {
            WriteByte((byte)',');
            WriteByte((byte)'"');
            if (name.Length > 0 && name[0] == '@')
                WriteByte((byte)'@');
            WriteStringContent(name.AsSpan());
            WriteByte((byte)'"');
            WriteByte((byte)':');
        }

        /// <summary>JSON-escaped UTF-8 of <paramref name="text"/>: quote, backslash, controls, U+2028/9 escaped.</summary>
        public void WriteStringContent(ReadOnlySpan<char> text)
        {
            while (!text.IsEmpty)
            {
#if NET8_0_OR_GREATER
                int plain = text.IndexOfAny(Escaped);
#else
                int plain = IndexOfEscaped(text);
#endif
                if (plain < 0)
                    plain = text.Length;
                if (plain > 0)
                    WriteUtf8(text.Slice(0, plain));
                if (plain == text.Length)
                    return;
                WriteEscape(text[plain]);
                text = text.Slice(plain + 1);
            }
        }

        /// <summary>Lowercase hex of <paramref name="bytes"/>, two digits a byte.</summary>
        public void WriteHex(ReadOnlySpan<byte> bytes)
        {
            Span<byte> target = GetSpan(bytes.Length * 2);
            for (int i = 0; i < bytes.Length; i++)
            {
                target[2 * i] = Hex[bytes[i] >> 4];
                target[(2 * i) + 1] = Hex[bytes[i] & 0xF];
            }

            _length += bytes.Length * 2;
        }

        public void WriteInt64(long value)
        {
            Utf8Formatter.TryFormat(value, GetSpan(20), out int written);
            _length += written;
        }

        public void WriteUInt64(ulong value)
        {
            Utf8Formatter.TryFormat(value, GetSpan(20), out int written);
            _length += written;
        }

        /// <summary>A UTC time as ISO 8601 with seven fraction digits and <c>Z</c>, quoted.</summary>
        public void WriteTimestamp(DateTime utc)
        {
            WriteByte((byte)'"');
            Utf8Formatter.TryFormat(utc, GetSpan(40), out int written, new StandardFormat('O'));
            _length += written;
            WriteByte((byte)'"');
        }

        /// <summary>
        /// A property value, typed: numbers and booleans as JSON, times as ISO 8601 text, null as null, the rest as
        /// invariant text. The same rules as a boxed value gets (<see cref="WriteObject"/>), without boxing the common types.
        /// </summary>
        public void WriteValue<T>(T value)
        {
            if (typeof(T) == typeof(int))
                WriteInt64((int)(object)value!);
            else if (typeof(T) == typeof(long))
                WriteInt64((long)(object)value!);
            else if (typeof(T) == typeof(string))
                WriteNullableString((string?)(object?)value);
            else if (typeof(T) == typeof(bool))
                WriteRaw((bool)(object)value! ? "true"u8 : "false"u8);
            else if (typeof(T) == typeof(double))
                WriteDouble((double)(object)value!);
            else if (typeof(T) == typeof(decimal))
                WriteDecimal((decimal)(object)value!);
            else if (typeof(T) == typeof(DateTime))
                WriteDateTime((DateTime)(object)value!);
            else if (typeof(T) == typeof(DateTimeOffset))
                WriteDateTimeOffset((DateTimeOffset)(object)value!);
            else if (typeof(T) == typeof(short))
                WriteInt64((short)(object)value!);
            else if (typeof(T) == typeof(uint))
                WriteInt64((uint)(object)value!);
            else if (typeof(T) == typeof(ulong))
                WriteUInt64((ulong)(object)value!);
            else
                WriteObject(value);
        }

        /// <summary>A boxed property value: see <see cref="WriteValue{T}"/>.</summary>
        public void WriteObject(object? value)
        {
            switch (value)
            {
                case null:
                    WriteRaw("null"u8);
                    break;
                case string text:
                    WriteString(text);
                    break;
                case bool b:
                    WriteRaw(b ? "true"u8 : "false"u8);
                    break;
                case int or long or short or sbyte or byte or ushort or uint:
                    WriteInt64(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                    break;
                case ulong u:
                    WriteUInt64(u);
                    break;
                case float f:
                    WriteDouble(f);
                    break;
                case double d:
                    WriteDouble(d);
                    break;
                case decimal m:
                    WriteDecimal(m);
                    break;
                case DateTimeOffset time:
                    WriteDateTimeOffset(time);
                    break;
                case DateTime time:
                    WriteDateTime(time);
                    break;
                default:
                    WriteString(SafeText(value));
                    break;
            }
        }

        /// <summary>The message rendered into the line, JSON-escaped, without a string in between.</summary>
        public void WriteMessage<TMessage>(in TMessage message, MessageTemplate template, IFormatProvider? provider)
            where TMessage : struct, ILocalizedMessage
        {
            int written;
            while (!message.TryRender(template, provider, _chars, out written))
            {
                if (_chars.Length >= 1 << 20)
                {
                    WriteStringContent(message.Render(template, provider).AsSpan());
                    return;
                }

                _chars = new char[_chars.Length * 4];
            }

            WriteStringContent(new ReadOnlySpan<char>(_chars, 0, written));
        }

        private void WriteNullableString(string? text)
        {
            if (text is null)
                WriteRaw("null"u8);
            else
                WriteString(text);
        }

        private void WriteDouble(double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                // JSON has no NaN or infinity: written as text, as Serilog does.
                WriteString(value.ToString(CultureInfo.InvariantCulture));
                return;
            }
#if NET8_0_OR_GREATER
            value.TryFormat(GetSpan(32), out int written, "R", CultureInfo.InvariantCulture);
            _length += written;
#else
            WriteAscii(value.ToString("R", CultureInfo.InvariantCulture));
#endif
        }

        private void WriteDecimal(decimal value)
        {
            Utf8Formatter.TryFormat(value, GetSpan(40), out int written);
            _length += written;
        }

        private void WriteDateTime(DateTime value)
        {
            WriteByte((byte)'"');
            Utf8Formatter.TryFormat(value, GetSpan(40), out int written, new StandardFormat('O'));
            _length += written;
            WriteByte((byte)'"');
        }

        private void WriteDateTimeOffset(DateTimeOffset value)
        {
            WriteByte((byte)'"');
            Utf8Formatter.TryFormat(value, GetSpan(40), out int written, new StandardFormat('O'));
            _length += written;
            WriteByte((byte)'"');
        }

#if !NET8_0_OR_GREATER
        private void WriteAscii(string text)
        {
            Span<byte> target = GetSpan(text.Length);
            for (int i = 0; i < text.Length; i++)
                target[i] = (byte)text[i];
            _length += text.Length;
        }

        private static int IndexOfEscaped(ReadOnlySpan<char> text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029')
                    return i;
            }

            return -1;
        }
#endif

        /// <summary>A value's text; a <c>ToString</c> that throws gives a marker, never a lost record.</summary>
        /// <remarks>No lambda here: a closure over the value would be allocated on every call of the caller.</remarks>
        private static string SafeText(object value)
        {
            try
            {
                return (value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value.ToString()) ?? string.Empty;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return "(" + e.GetType().Name + " in ToString)";
            }
        }

        private unsafe void WriteUtf8(ReadOnlySpan<char> text)
        {
            // Lone surrogates become U+FFFD, so every line is valid UTF-8.
            Span<byte> target = GetSpan(text.Length * 3);
            fixed (char* chars = text)
            fixed (byte* bytes = target)
            {
                _length += Encoding.UTF8.GetBytes(chars, text.Length, bytes, target.Length);
            }
        }

        private void WriteEscape(char c)
        {
            switch (c)
            {
                case '"': WriteRaw("\\\""u8); break;
                case '\\': WriteRaw("\\\\"u8); break;
                case '\n': WriteRaw("\\n"u8); break;
                case '\r': WriteRaw("\\r"u8); break;
                case '\t': WriteRaw("\\t"u8); break;
                default:
                    Span<byte> target = GetSpan(6);
                    target[0] = (byte)'\\';
                    target[1] = (byte)'u';
                    target[2] = Hex[(c >> 12) & 0xF];
                    target[3] = Hex[(c >> 8) & 0xF];
                    target[4] = Hex[(c >> 4) & 0xF];
                    target[5] = Hex[c & 0xF];
                    _length += 6;
                    break;
            }
        }

        private Span<byte> GetSpan(int size)
        {
            if (_bytes.Length - _length < size)
                Grow(size);
            return new Span<byte>(_bytes, _length, _bytes.Length - _length);
        }

        private void Grow(int size)
        {
            int capacity = Math.Max(_bytes.Length * 2, _length + size);
            byte[] grown = new byte[capacity];
            Buffer.BlockCopy(_bytes, 0, grown, 0, _length);
            _bytes = grown;
        }
    }
}
