using System.Threading.Tasks;
using Xunit;
using static I18nToolkit.Analyzers.Tests.TestSupport.AnalyzerHarness;

namespace I18nToolkit.Analyzers.Tests.Rules
{
    public class HoleArgumentAnalyzerTests
    {
        private static readonly string[] Id = { "I18N0004" };

        [Fact]
        public Task Too_few_and_too_many_arguments_are_errors_at_the_argument_list() => VerifyAsync(Usings + @"
class C
{
    void M(string p, string d)
    {
        Messages.Loc.X{|I18N0004:(""E100: Find {Pattern} in {Directory}"", p)|};
        Messages.Loc.T{|I18N0004:(""E101: Find {Pattern}"", p, d)|};
        Messages.Loc.X{|I18N0004:(""E102: Positional {0} and {2}"", p, d)|};
        Messages.Loc.X{|I18N0004:(""E103: No holes"", p)|};
        Messages.Loc.X{|I18N0004:(""E104: {A} {B} {C} {D}"", p, d, p)|};
        Messages.Loc.X{|I18N0004:(""E105: {A} {B} {C}"", p, d, p, d, p)|};
    }
}", Id);

        [Fact]
        public Task Matching_counts_repeated_names_and_unknown_arrays_are_fine() => VerifyAsync(Usings + @"
class C
{
    void M(string p, object[] many)
    {
        Messages.Loc.X(""E100: Find {Pattern} then {Pattern} again"", p);
        Messages.Loc.X(""E101: {0} {1} {0}"", p, p);
        Messages.Loc.X(""E102: {A} {B} {C} {D}"", p, p, p, p);
        Messages.Loc.X(""E103: {A} {B} {C} {D} {E}"", many);
        Messages.Loc.X(""E104: None"");
    }
}", Id);

        [Fact]
        public async Task The_message_names_the_holes()
        {
            var diagnostics = await VerifyAsync(Usings + @"
class C { void M(string p) => Messages.Loc.X{|I18N0004:(""E100: Find {Pattern} in {Directory}"", p)|}; }", Id);

            Assert.Contains(diagnostics, d => d.GetMessage() == "Message E100 takes 2 argument(s) ({Pattern}, {Directory}) but 1 are passed");
        }
    }
}
