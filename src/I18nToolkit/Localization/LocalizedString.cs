using System;
using System.Globalization;
using I18nToolkit.Grammar;
using I18nToolkit.Rendering;

namespace I18nToolkit.Localization
{
    /// <summary>
    /// A message with its ID and English text and no arguments, or any number of boxed arguments; rendered in the current UI culture only when asked.
    /// Create it with <see cref="Localizer"/>'s <c>X</c> methods; the toolkit's loggers accept nothing else.
    /// </summary>

    /// <remarks>
    /// Creating one costs nothing beyond copying its fields: the lookup and the formatting happen in
    /// <see cref="ToString()"/> (or when a logger writes an enabled record).
    /// </remarks>
    public readonly struct LocalizedString : ILocalizedMessage
    {
        private readonly Localizer? _localizer;
        private readonly string _message;
        private readonly object?[]? _args;

        internal LocalizedString(Localizer localizer, string message, object?[]? args)
        {
            _localizer = localizer;
            _message = message;
            _args = args;
        }

        /// <inheritdoc />
        public Localizer? Localizer => _localizer;

        /// <inheritdoc />
        public string Message => _message ?? string.Empty;

        /// <inheritdoc />
        public int ArgumentCount => _args?.Length ?? 0;

        /// <summary>The message ID (<c>E131</c>), or null when the message has none.</summary>
        public string? MessageId => LocalizedText.GetMessageId(in this);

        /// <inheritdoc />
        public object? GetArgument(int index) =>
            _args is not null && (uint)index < (uint)_args.Length
                ? _args[index]
                : throw new ArgumentOutOfRangeException(nameof(index), index, $"The message has {ArgumentCount} argument(s).");

        /// <inheritdoc />
        public string Render(MessageTemplate template, IFormatProvider? formatProvider) =>
            TemplateRenderer.Render(template ?? throw new ArgumentNullException(nameof(template)), formatProvider, _args);


        /// <inheritdoc />
        public bool TryRender(MessageTemplate template, IFormatProvider? formatProvider, Span<char> destination, out int charsWritten) =>
            TemplateRenderer.TryRender(template ?? throw new ArgumentNullException(nameof(template)), formatProvider, _args, destination, out charsWritten);

        /// <inheritdoc />
        public void VisitArguments<TVisitor>(ref TVisitor visitor)
            where TVisitor : struct, IMessageArgumentVisitor
        {
            object?[]? args = _args;
            if (args is null)
                return;
            for (int i = 0; i < args.Length; i++)
                visitor.Visit(i, args[i]);
        }

        /// <inheritdoc />
        public string ToString(CultureInfo culture) =>
            LocalizedText.Render(in this, culture ?? throw new ArgumentNullException(nameof(culture)), culture);

        /// <summary>Renders the message: looked up in <see cref="CultureInfo.CurrentUICulture"/>, formatted with <see cref="CultureInfo.CurrentCulture"/>.</summary>
        public override string ToString() => LocalizedText.Render(in this, CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
    }
}
