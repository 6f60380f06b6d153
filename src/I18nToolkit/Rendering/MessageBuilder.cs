using System;
using System.Runtime.CompilerServices;
using I18nToolkit.Grammar;
#if !NET8_0_OR_GREATER
using System.Globalization;
using System.Text;
#endif

namespace I18nToolkit.Rendering
{
    /// <summary>
    /// Builds rendered message text. On .NET 8 it wraps <c>DefaultInterpolatedStringHandler</c>, which formats
    /// generic values without boxing into pooled buffers (the same machinery interpolated strings and
    /// <c>CompositeFormat</c> use); on netstandard2.0 it uses a cached <c>StringBuilder</c>.
    /// </summary>
    internal ref struct MessageBuilder
    {
#if NET8_0_OR_GREATER
        private DefaultInterpolatedStringHandler _handler;

        public MessageBuilder(MessageTemplate template, IFormatProvider? provider, Span<char> initialBuffer)
        {
            _handler = new DefaultInterpolatedStringHandler(template.LiteralLength, template.HoleArray.Length, provider, initialBuffer);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void AppendLiteral(string text) => _handler.AppendLiteral(text);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void AppendFormatted<T>(T value, int alignment, string? format)
        {
            if (value is null)
                _handler.AppendFormatted(MessageTemplate.NullText, alignment);
            else
                _handler.AppendFormatted(value, alignment, format);
        }

        public string ToStringAndClear() => _handler.ToStringAndClear();
#else
        [ThreadStatic]
        private static StringBuilder? t_cached;

        private readonly StringBuilder _builder;
        private readonly IFormatProvider _provider;

        public MessageBuilder(MessageTemplate template, IFormatProvider? provider)
        {
            _provider = provider ?? CultureInfo.CurrentCulture;
            _builder = t_cached ?? new StringBuilder(256);
            t_cached = null;
            _builder.Clear();
        }

        public void AppendLiteral(string text) => _builder.Append(text);

        public void AppendFormatted<T>(T value, int alignment, string? format) =>
            MessageTemplate.AppendValue(_builder, value, alignment, format, _provider);

        public string ToStringAndClear()
        {
            string text = _builder.ToString();
            if (_builder.Capacity <= 4096)
                t_cached = _builder;
            return text;
        }
#endif
    }
}
