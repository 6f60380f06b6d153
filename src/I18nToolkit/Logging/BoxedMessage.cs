using System;
using System.Globalization;
using I18nToolkit.Grammar;
using I18nToolkit.Localization;

namespace I18nToolkit.Logging
{
    /// <summary>
    /// A message known only by its interface (a <c>LocalizedException</c>'s, say) in the struct shape the logger's
    /// generic path takes; every member forwards.
    /// </summary>
    internal readonly struct BoxedMessage : ILocalizedMessage
    {
        private readonly ILocalizedMessage _message;

        public BoxedMessage(ILocalizedMessage message) => _message = message;

        public Localizer? Localizer => _message.Localizer;

        public string Message => _message.Message;

        public int ArgumentCount => _message.ArgumentCount;

        public object? GetArgument(int index) => _message.GetArgument(index);

        public string Render(MessageTemplate template, IFormatProvider? formatProvider) => _message.Render(template, formatProvider);

        public bool TryRender(MessageTemplate template, IFormatProvider? formatProvider, Span<char> destination, out int charsWritten) =>
            _message.TryRender(template, formatProvider, destination, out charsWritten);

        public void VisitArguments<TVisitor>(ref TVisitor visitor)
            where TVisitor : struct, IMessageArgumentVisitor => _message.VisitArguments(ref visitor);

        public string ToString(CultureInfo culture) => _message.ToString(culture);

        public override string ToString() => _message.ToString() ?? string.Empty;
    }
}
