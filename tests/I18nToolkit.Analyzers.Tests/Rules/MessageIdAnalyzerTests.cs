using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;
using static I18nToolkit.Analyzers.Tests.TestSupport.AnalyzerHarness;

namespace I18nToolkit.Analyzers.Tests.Rules
{
    public class MessageIdAnalyzerTests
    {
        private static readonly string[] Id = { "I18N0002" };

        [Fact]
        public Task Messages_without_a_valid_id_are_errors_at_the_position() => VerifyAsync(Usings + @"
class C
{
    void M()
    {
        Messages.Loc.X(""{|I18N0002:C|}ould not find files"");
        Messages.Loc.X(""{|I18N0002:E|}12: Too few digits"");
        Messages.Loc.X(""E131{|I18N0002: |}missing colon"");
        Messages.Loc.X(""E131{|I18N0002:x|}: letter"");
        Messages.Loc.X({|I18N0002:null|});
        Messages.Loc.X(@""{|I18N0002:v|}erbatim"");
    }
}", Id);

        [Fact]
        public Task Valid_ids_are_fine() => VerifyAsync(Usings + @"
class C { void M() { Messages.Loc.X(""E131: Fine""); Messages.Loc.X(""W2001: Also fine""); } }", Id);

        [Fact]
        public Task The_project_pattern_replaces_the_default() => VerifyAsync(Usings + @"
class C
{
    void M()
    {
        Messages.Loc.X(""PY-0042: Project style"");
        Messages.Loc.X(""{|I18N0002:E|}131: Default style"");
    }
}", Id, new Dictionary<string, string> { ["I18nIdPattern"] = "[A-Z]{2}-[0-9]{4}" });

        [Fact]
        public async Task An_invalid_project_pattern_is_named_and_the_default_is_used()
        {
            var diagnostics = await VerifyAsync(Usings + @"
class C { void M() => Messages.Loc.X(""{|I18N0002:n|}o id""); }", Id, new Dictionary<string, string> { ["I18nIdPattern"] = "[A-Z" });

            Assert.Contains(diagnostics, d => d.GetMessage().Contains("'[A-Z' is not a valid regular expression"));
        }
    }
}
