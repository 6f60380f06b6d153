using System;
using System.Globalization;
using I18nToolkit.Localization;
using I18nToolkit.Tests.TestSupport;
using Xunit;
using static I18nToolkit.Tests.TestSupport.TestMessages;

namespace I18nToolkit.Tests.Localization
{
    public class LocalizedStringTests
    {
        [Fact]
        public void X_defers_rendering_until_the_string_is_asked_for()
        {
            var counter = new CountingFormattable();
            LocalizedString<CountingFormattable> message = Loc.X("E110: Value {Value}", counter);

            Assert.Equal(0, counter.Calls);
            Assert.Equal("E110: Value counted", message.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(1, counter.Calls);
        }

        [Fact]
        public void The_same_message_renders_in_any_culture_on_request()
        {
            var message = Loc.X("E101: Hello {Name}", "Ada");

            Assert.Equal("E101: Hallo Ada", message.ToString(CultureInfo.GetCultureInfo("de")));
            Assert.Equal("E101: Servus Ada", message.ToString(CultureInfo.GetCultureInfo("de-AT")));
            Assert.Equal("E101: Hello Ada", message.ToString(CultureInfo.GetCultureInfo("en")));
        }

        [Fact]
        public void Messages_expose_id_text_and_arguments()
        {
            var message = Loc.X("E120: {A} {B} {C}", 1, "two", 3.0);

            Assert.Equal("E120", message.MessageId);
            Assert.Equal("E120: {A} {B} {C}", message.Message);
            Assert.Same(Loc, message.Localizer);
            Assert.Equal(3, message.ArgumentCount);
            Assert.Equal("two", message.GetArgument(1));
            Assert.Equal(3.0, message.Arg2);
            Assert.Throws<ArgumentOutOfRangeException>(() => message.GetArgument(3));
        }

        [Fact]
        public void More_than_three_arguments_use_the_params_form()
        {
            var message = Loc.X("E121: {0}{1}{2}{3}", "a", "b", "c", "d");

            Assert.Equal(4, message.ArgumentCount);
            Assert.Equal("E121: abcd", message.ToString(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_default_instance_renders_empty_and_does_not_throw()
        {
            Assert.Equal(string.Empty, default(LocalizedString).ToString());
            Assert.Equal(string.Empty, default(LocalizedString<int>).ToString());
            Assert.Null(default(LocalizedString).MessageId);
        }

        [Fact]
        public void Value_type_arguments_render_with_alignment_and_format()
        {
            Assert.Equal("E122: [  42] [0x2A] [3.14]", Loc.X("E122: [{0,4}] [0x{1:X}] [{2:F2}]", 42, 42, Math.PI).ToString(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_value_type_argument_with_an_unsuitable_format_renders_without_it()
        {
            Assert.Equal("E123: 42|", Loc.X("E123: {0:Q}|", 42).ToString(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Null_arguments_render_as_null_marker()
        {
            Assert.Equal("E124: [(null)  ]", Loc.X<string?>("E124: [{0,-8}]", null).ToString(CultureInfo.InvariantCulture));
        }

        private sealed class CountingFormattable : IFormattable
        {
            public int Calls { get; private set; }

            public string ToString(string? format, IFormatProvider? formatProvider)
            {
                Calls++;
                return "counted";
            }

            public override string ToString() => ToString(null, null);
        }
    }
}
