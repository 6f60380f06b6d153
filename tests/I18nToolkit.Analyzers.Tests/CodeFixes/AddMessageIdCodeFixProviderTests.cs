using System.Linq;
using System.Threading.Tasks;
using I18nToolkit.Analyzers.Tests.TestSupport;
using I18nToolkit.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace I18nToolkit.Analyzers.Tests.CodeFixes
{
    public class AddMessageIdCodeFixProviderTests
    {
        private const string Source = @"using System;
using I18nToolkit.Logging;
static class Messages { public static readonly I18nToolkit.Localization.Localizer Loc = new(""App"", null); }
class C
{
    void M(LocalizedLogger log, string p)
    {
        Messages.Loc.X(""E105: Existing"");
        log.Error(Messages.Loc.X(""Could not find {Pattern}"", p));
        log.Warn(Messages.Loc.X(@""Verbatim """"quoted"""""" ));
        var text = Messages.Loc.T(""Plain"");
        Messages.Loc.X(""E12: Malformed id stays"");
    }
}";

        [Fact]
        public async Task The_next_id_of_the_level_letter_is_put_in_front()
        {
            using var harness = new CodeFixHarness();
            Project project = harness.AddProject("App", null, Source);

            Solution solution = (await harness.FixFirstAsync(project, new AddMessageIdCodeFixProvider(), "I18N0002"))!;

            string text = (await solution.GetProject(project.Id)!.Documents.Single().GetTextAsync()).ToString();
            Assert.Contains(@"log.Error(Messages.Loc.X(""E106: Could not find {Pattern}"", p));", text);
        }

        [Fact]
        public async Task Fix_all_numbers_each_message_and_skips_malformed_ids()
        {
            using var harness = new CodeFixHarness();
            Project project = harness.AddProject("App", null, Source);

            Solution solution = await harness.FixAllAsync(project.Documents.Single(), new AddMessageIdCodeFixProvider(), "I18N0002", "I18N0002.AddId", FixAllScope.Project);

            string text = (await solution.GetProject(project.Id)!.Documents.Single().GetTextAsync()).ToString();
            Assert.Contains(@"""E106: Could not find {Pattern}""", text);
            Assert.Contains(@"@""W100: Verbatim """"quoted""""""", text);
            Assert.Contains(@"Messages.Loc.T(""I100: Plain"")", text);
            Assert.Contains(@"""E12: Malformed id stays""", text);
            var remaining = await CodeFixHarness.DiagnosticsAsync(solution.GetProject(project.Id)!, "I18N0002");
            Assert.Single(remaining);
        }
    }
}
