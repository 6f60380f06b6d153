using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;
using static I18nToolkit.Analyzers.Tests.TestSupport.AnalyzerHarness;

namespace I18nToolkit.Analyzers.Tests.Rules
{
    public class LiteralExceptionMessageAnalyzerTests
    {
        private static readonly string[] Id = { "I18N0007" };
        private static readonly Dictionary<string, string> Strict = new() { ["I18nStrictLogging"] = "True" };

        private const string Source = Usings + @"
class MyException : Exception { public MyException(string message) : base(message) { } }
class C
{
    int M(string p, object o)
    {
        if (p.Length == 0) throw new InvalidOperationException({|I18N0007:""Literal text""|});
        if (p.Length == 1) throw new MyException({|I18N0007:""Own type""|});
        if (p.Length == 2) throw new I18nToolkit.Exceptions.LocalizedException(Messages.Loc.X(""E100: Localized""));
        if (p.Length == 3) throw new ArgumentNullException(nameof(p));
        if (p.Length == 4) throw new InvalidOperationException(p);
        return o as int? ?? throw new ArgumentException({|I18N0007:""In a throw expression""|});
    }
}";

        [Fact]
        public async Task In_strict_projects_literal_messages_are_warnings()
        {
            var diagnostics = await VerifyAsync(Source, Id, Strict);

            Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        }

        [Fact]
        public Task Without_strict_logging_nothing_is_reported() => VerifyAsync(Parse(Source).Source, Id);
    }
}
