using System;
using System.Globalization;
using I18nToolkit.Exceptions;
using I18nToolkit.Tests.TestSupport;
using Xunit;
using static I18nToolkit.Tests.TestSupport.TestMessages;

namespace I18nToolkit.Tests.Exceptions
{
    public class LocalizedExceptionTests
    {
        [Fact]
        public void The_message_is_rendered_in_the_ui_culture_of_the_reader()
        {
            var exception = new LocalizedException(Loc.X("E101: Hello {Name}", "Ada"));

            using (new CultureScope("de"))
                Assert.Equal("E101: Hallo Ada", exception.Message);
            using (new CultureScope("en"))
                Assert.Equal("E101: Hello Ada", exception.Message);
            Assert.Equal("E101: Servus Ada", exception.GetMessage(CultureInfo.GetCultureInfo("de-AT")));
        }

        [Fact]
        public void The_id_and_inner_exception_are_kept()
        {
            var inner = new InvalidOperationException();
            var exception = new LocalizedException(Loc.X("E150: Failed"), inner);

            Assert.Equal("E150", exception.MessageId);
            Assert.Same(inner, exception.InnerException);
            Assert.IsAssignableFrom<ILocalizedException>(exception);
        }

        [Fact]
        public void Users_derive_their_own_localized_exceptions()
        {
            Exception exception = new PayrollException(Loc.X("E151: Record {Record} rejected", 7));

            Assert.Equal("E151: Record 7 rejected", exception.Message);
            Assert.Equal("E151", ((ILocalizedException)exception).MessageId);
        }

        [Fact]
        public void A_null_message_is_rejected()
        {
            Assert.Throws<ArgumentNullException>(() => new LocalizedException(null!));
        }

        private sealed class PayrollException : LocalizedException
        {
            public PayrollException(I18nToolkit.Localization.ILocalizedMessage message)
                : base(message)
            {
            }
        }
    }
}
