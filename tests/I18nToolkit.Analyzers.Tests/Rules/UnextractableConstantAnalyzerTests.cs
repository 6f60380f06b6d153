using System.Threading.Tasks;
using Xunit;
using static I18nToolkit.Analyzers.Tests.TestSupport.AnalyzerHarness;

namespace I18nToolkit.Analyzers.Tests.Rules
{
    public class UnextractableConstantAnalyzerTests
    {
        private static readonly string[] Id = { "I18N0013" };

        [Fact]
        public Task Constants_of_another_assembly_and_nameof_are_errors_constants_of_the_project_are_fine() => VerifyAsync(Usings + @"
static class Texts
{
    public const string NotFound = ""E100: Could not find {Name}"";
    public const string Borrowed = ""E101: Type "" + System.Net.Mime.MediaTypeNames.Text.Plain;
    public const string Again = ""E105: "";
    public const string Chained = Again + ""Could not find {Name} again"";
}
class C
{
    void M(string n)
    {
        const string local = ""E102: Local"";
        const string other = ""E106: "";
        Messages.Loc.X(Texts.NotFound, n);
        Messages.Loc.X(Texts.Chained, n);
        Messages.Loc.X(local);
        Messages.Loc.X($""{other}Local and more"");
        Messages.Loc.X((""E103: In "" + ""parentheses""));
        Messages.Loc.X({|I18N0013:""E104: Type "" + System.Net.Mime.MediaTypeNames.Text.Plain|});
        Messages.Loc.X({|I18N0013:Texts.Borrowed|});
        Messages.Loc.X({|I18N0013:nameof(C) + ""107: from nameof""|});
    }
}", Id);

        [Fact]
        public async Task The_message_names_the_constant_and_its_assembly()
        {
            var diagnostics = await VerifyAsync(Usings + @"
class C { void M() => Messages.Loc.X({|I18N0013:""E104: "" + System.Net.Mime.MediaTypeNames.Text.Plain|}); }", Id);

            Assert.Contains(diagnostics, d => d.GetMessage().Contains("the constant Text.Plain comes from System.Net.Mail", System.StringComparison.Ordinal)
                || d.GetMessage().Contains("the constant Text.Plain comes from", System.StringComparison.Ordinal));
        }
    }
}
