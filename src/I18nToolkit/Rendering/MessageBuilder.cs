using System;
using System.Globalization;
using I18nToolkit.Grammar;
#if NET8_0_OR_GREATER
using System.Runtime.CompilerServices;
#else
using System.Text;
#endif

namespace I18nToolkit.Rendering
{
    /// <summary>
    /// Builds rendered message text. On .NET 8 it wraps <c>DefaultInterpolatedStringHandler</c>, which formats
    /// generic values without boxing into pooled buffers (the same machinery interpolated strings use); on
    /// netstandard2.0 it uses a cached <c>StringBuilder</c>.
    /// </summary>
    internal ref struct MessageBuilder
    {
#if NET8_0_OR_GREATER
        private DefaultInterpolatedStringHandler _handler;
        private readonly IFormatProvider? _provider;

        public MessageBuilder(MessageTemplate template, IFormatProvider? provider, Span<char> initialBuffer)
        {
            _provider = provider;
            _handler = new DefaultInterpolatedStringHandler(template.LiteralLength, template.HoleArray.Length, provider, initialBuffer);
        }

        public void AppendLiteral(string text) => _handler.AppendLiteral(text);

        public void AppendFormatted<T>(T value, MessageHole hole)
        {
            if (value is null)
            {
                AppendAligned(MessageTemplate.NullText, hole.Alignment);
                return;
            }

            try
            {
                _handler.AppendFormatted(value, hole.Alignment, hole.Format);
            }
            catch (FormatException)
            {
                // A format that does not suit the value must not fail the message (or the log call).
                AppendAligned(MessageTemplate.FormatValue(value, null, _provider), hole.Alignment);
            }
        }

        public string ToStringAndClear() => _handler.ToStringAndClear();

        private void AppendAligned(string text, int alignment) => _handler.AppendFormatted(text, alignment);
#else
        [ThreadStatic]
        private static StringBuilder? t_cached;

        private StringBuilder _builder;
        private readonly IFormatProvider? _provider;

        public MessageBuilder(MessageTemplate template, IFormatProvider? provider)
        {
            _provider = provider;
            _builder = t_cached ?? new StringBuilder(256);
            t_cached = null;
            _builder.Clear();
        }

        public void AppendLiteral(string text) => _builder.Append(text);

        public void AppendFormatted<T>(T value, MessageHole hole) =>
            MessageTemplate.AppendValue(_builder, value, hole, _provider ?? CultureInfo.CurrentCulture);

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
