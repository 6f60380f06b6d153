using System;
using System.Globalization;
using System.IO;
using System.Linq;
using I18nToolkit.Context;
using I18nToolkit.Grammar;
using I18nToolkit.Grammar.Translations;
using I18nToolkit.Logging;
using I18nToolkit.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using Xunit;
using static I18nToolkit.Tests.TestSupport.TestMessages;

namespace I18nToolkit.Tests.Robustness
{
    /// <summary>A message, a record and a scope always come out, whatever an argument does when it is formatted.</summary>
    public class RenderingNeverThrowsTests
    {
        private const string E100 = "E100: Could not find files with pattern {Pattern} in directory {Directory}";

        private sealed class Throws
        {
            private readonly Exception _exception;

            public Throws(Exception exception) => _exception = exception;

            public override string ToString() => throw _exception;
        }

        private sealed class ThrowsFormatted : IFormattable
        {
            public string ToString(string? format, IFormatProvider? formatProvider) => throw new ArgumentOutOfRangeException(nameof(format));

            public override string ToString() => throw new InvalidOperationException("not even this");
        }

        public static TheoryData<Exception> Exceptions => new TheoryData<Exception>
        {
            new InvalidOperationException("state"),
            new NullReferenceException(),
            new ArgumentOutOfRangeException("x"),
            new NotImplementedException(),
            new FormatException("format"),
        };

        [Theory]
        [MemberData(nameof(Exceptions))]
        public void Loc_T_renders_a_marker_where_the_value_throws(Exception exception)
        {
            using var _ = new CultureScope("en-US");

            string text = Loc.T(E100, new Throws(exception), "/in");

            Assert.Equal($"E100: Could not find files with pattern [{exception.GetType().Name} in ToString] in directory /in", text);
        }

        [Fact]
        public void A_value_that_throws_with_and_without_its_format_renders_a_marker_too()
        {
            using var _ = new CultureScope("en-US");

            Assert.Equal("E100: Could not find files with pattern [ArgumentOutOfRangeException in ToString] in directory /in", Loc.T(E100, new ThrowsFormatted(), "/in"));
        }

        [Fact]
        public void The_mel_logger_writes_the_record_with_the_marker_and_begin_scope_opens_its_scope()
        {
            var provider = new CapturingLoggerProvider();
            using ILoggerFactory factory = LoggerFactory.Create(b => b.AddProvider(provider).AddDiagnosticContext());
            ILogger plain = factory.CreateLogger("ThirdParty");
            using var _ = new CultureScope("en-US");

            factory.CreateLocalizedLogger("Test").Warn(Loc.X(E100, new Throws(new InvalidOperationException()), "/in"));
            using (IDisposable? scope = plain.BeginScope("Batch {Batch}", new Throws(new NotSupportedException())))
            {
                Assert.NotNull(scope);
                Assert.Contains("[NotSupportedException in ToString]", DiagnosticContext.Current.ToString(), StringComparison.Ordinal);
            }

            Assert.Contains("[InvalidOperationException in ToString]", Assert.Single(provider.Records).Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_context_value_that_throws_prints_as_a_marker()
        {
            using (DiagnosticContext.Push(("Application", new Throws(new ObjectDisposedException("x"))), ("Msgid", "ID-1")))
                Assert.Equal("Application=[ObjectDisposedException in ToString], Msgid=ID-1", DiagnosticContext.Current.ToString());
        }

        [Theory]
        [InlineData("{A:N999999999}", 6, "a precision of at most 99")]
        [InlineData("{A:D100}", 6, "a precision of at most 99")]
        [InlineData("{A,99999}", 7, "an alignment of at most 9999")]
        public void Formats_that_would_render_megabytes_are_refused_where_they_are_written(string template, int position, string expected)
        {
            Assert.False(MessageTemplate.TryParse(template, out _, out MessageFormatError? error));
            Assert.Equal(position, error!.Position);
            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_long_custom_format_is_refused_and_real_formats_pass()
        {
            Assert.False(MessageTemplate.TryParse("{A:" + new string('0', 101) + "}", out _, out MessageFormatError? error));
            Assert.Contains("at most 100 characters", error!.Message, StringComparison.Ordinal);
            foreach (string ok in new[] { "{A:N2}", "{A:D99}", "{A:yyyy-MM-dd HH:mm:ss.fff}", "{A,-12:C}", "{A:0.00}", "{A:X8}" })
                Assert.True(MessageTemplate.TryParse(ok, out _, out _), ok);
        }

        [Fact]
        public void A_translation_with_such_a_format_is_refused_when_it_is_validated()
        {
            Assert.True(MessageTemplate.TryParse("Found {Count:N2} files", out MessageTemplate? code, out _));
            TranslationCheck check = TranslationRules.Check("E100: {Count:N999999999} Dateien gefunden", "E100", code!, null);

            Assert.Equal(TranslationVerdict.Malformed, check.Verdict);
            Assert.Contains("a precision of at most 99", check.Problem!, StringComparison.Ordinal);
        }
    }
}
