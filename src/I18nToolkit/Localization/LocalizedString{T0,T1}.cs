using System;
using System.Globalization;
using I18nToolkit.Grammar;
using I18nToolkit.Rendering;

namespace I18nToolkit.Localization
{
    /// <summary>
    /// A message with its ID and English text and 2 argument(s), rendered in the current UI culture only when asked.
    /// Create it with <see cref="Localizer"/>'s <c>X</c> methods; the toolkit's loggers accept nothing else.
    /// </summary>
    /// <typeparam name="T0">The type of argument 0; kept unboxed until the message is rendered.</typeparam>
    /// <typeparam name="T1">The type of argument 1; kept unboxed until the message is rendered.</typeparam>
    /// <remarks>
    /// Creating one costs nothing beyond copying its fields: the lookup and the formatting happen in
    /// <see cref="ToString()"/> (or when a logger writes an enabled record).
    /// </remarks>
    public readonly struct LocalizedString<T0, T1> : ILocalizedMessage
    {
        private readonly Localizer? _localizer;
        private readonly string _message;
        private readonly T0 _arg0;
        private readonly T1 _arg1;

        internal LocalizedString(Localizer localizer, string message, T0 arg0, T1 arg1)
        {
            _localizer = localizer;
            _message = message;
            _arg0 = arg0;
            _arg1 = arg1;
        }

        /// <inheritdoc />
        public Localizer? Localizer => _localizer;

        /// <inheritdoc />
        public string Message => _message ?? string.Empty;

        /// <inheritdoc />
        public int ArgumentCount => 2;

        /// <summary>The message ID (<c>E131</c>), or null when the message has none.</summary>
        public string? MessageId => LocalizedText.GetMessageId(in this);

        /// <summary>Argument 0.</summary>
        public T0 Arg0 => _arg0;

        /// <summary>Argument 1.</summary>
        public T1 Arg1 => _arg1;

        /// <inheritdoc />
        public object? GetArgument(int index) =>
            index switch
            {
                0 => _arg0,
                1 => _arg1,
                _ => throw new ArgumentOutOfRangeException(nameof(index), index, $"The message has 2 argument(s)."),
            };

        /// <inheritdoc />
        public string Render(MessageTemplate template, IFormatProvider? formatProvider) =>
            TemplateRenderer.Render(template ?? throw new ArgumentNullException(nameof(template)), formatProvider, 2, _arg0, _arg1, (object?)null);


        /// <inheritdoc />
        public bool TryRender(MessageTemplate template, IFormatProvider? formatProvider, Span<char> destination, out int charsWritten) =>
            TemplateRenderer.TryRender(template ?? throw new ArgumentNullException(nameof(template)), formatProvider, 2, _arg0, _arg1, (object?)null, destination, out charsWritten);

        /// <inheritdoc />
        public void VisitArguments<TVisitor>(ref TVisitor visitor)
            where TVisitor : struct, IMessageArgumentVisitor
        {
            visitor.Visit(0, _arg0);
            visitor.Visit(1, _arg1);
        }

        /// <inheritdoc />
        public string ToString(CultureInfo culture) =>
            LocalizedText.Render(in this, culture ?? throw new ArgumentNullException(nameof(culture)), culture);

        /// <summary>Renders the message: looked up in <see cref="CultureInfo.CurrentUICulture"/>, formatted with <see cref="CultureInfo.CurrentCulture"/>.</summary>
        public override string ToString() => LocalizedText.Render(in this, CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
    }
}
