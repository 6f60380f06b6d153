using System.Threading.Tasks;
using Xunit;
using static I18nToolkit.Analyzers.Tests.TestSupport.AnalyzerHarness;

namespace I18nToolkit.Analyzers.Tests.Rules
{
    public class NonConstantMessageAnalyzerTests
    {
        private static readonly string[] Id = { "I18N0001" };

        [Fact]
        public Task Variables_interpolations_concatenations_and_fields_are_errors() => VerifyAsync(Usings + @"
class C
{
    static string field = ""E100: Field"";
    string Property => ""E100: Property"";
    void M(string text, int n)
    {
        var local = ""E100: Local"";
        Messages.Loc.X({|I18N0001:local|});
        Messages.Loc.T({|I18N0001:text|});
        Messages.Loc.X({|I18N0001:$""E100: Count {n}""|});
        Messages.Loc.X({|I18N0001:""E100: "" + text|});
        Messages.Loc.X({|I18N0001:field|});
        Messages.Loc.X({|I18N0001:Property|});
        Messages.Loc.X({|I18N0001:text.Trim()|}, n);
    }
}", Id);

        [Fact]
        public Task Literals_constants_and_constant_expressions_are_fine() => VerifyAsync(Usings + @"
class C
{
    const string Prefix = ""E100: "";
    const string Whole = ""E101: Whole"";
    const string Other = ""E104: "";
    void M(int n)
    {
        Messages.Loc.X(""E102: Literal {N}"", n);
        Messages.Loc.X(Whole);
        Messages.Loc.X(Prefix + ""Concatenated constants"");
        Messages.Loc.X($""{Other}Constant interpolation"");
        Messages.Loc.T(message: ""E103: Named argument"");
    }
}", Id);

        [Fact]
        public Task Other_methods_named_X_are_not_localizers() => VerifyAsync(Usings + @"
class Other { public string X(string s) => s; }
class C { void M(string s) => new Other().X(s); }", Id);

        [Fact]
        public async Task The_message_names_what_was_found()
        {
            var diagnostics = await VerifyAsync(Usings + @"
class C { void M(string text) => Messages.Loc.X({|I18N0001:text|}); }", Id);

            Assert.Contains(diagnostics, d => d.GetMessage().Contains("the parameter 'text'"));
        }
    }
}
