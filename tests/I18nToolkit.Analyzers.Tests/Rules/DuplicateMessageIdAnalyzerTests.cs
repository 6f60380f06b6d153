using System.Linq;
using System.Threading.Tasks;
using Xunit;
using static I18nToolkit.Analyzers.Tests.TestSupport.AnalyzerHarness;

namespace I18nToolkit.Analyzers.Tests.Rules
{
    public class DuplicateMessageIdAnalyzerTests
    {
        private static readonly string[] Id = { "I18N0005" };

        [Fact]
        public async Task One_id_with_two_texts_is_an_error_on_each_site_naming_the_other()
        {
            var diagnostics = await VerifyAsync(Usings + @"
class C
{
    void M()
    {
        Messages.Loc.X(""{|I18N0005:E100|}: First text"");
        Messages.Loc.X(""{|I18N0005:E100|}: Second text"");
        Messages.Loc.X(""E101: Reused"");
        Messages.Loc.X(""E101: Reused"");
    }
}", Id);

            Assert.Equal(2, diagnostics.Count(d => d.Id == "I18N0005"));
            Assert.Contains(diagnostics, d => d.GetMessage() == "Message ID E100 is used with another text at File0.cs(12,25): \"E100: Second text\"");
            Assert.All(diagnostics.Where(d => d.Id == "I18N0005"), d => Assert.Single(d.AdditionalLocations));
        }

        [Fact]
        public Task Different_ids_and_reuse_are_fine() => VerifyAsync(Usings + @"
class C { void M() { Messages.Loc.X(""E100: A""); Messages.Loc.X(""E101: B""); Messages.Loc.T(""E100: A""); } }", Id);
    }
}
