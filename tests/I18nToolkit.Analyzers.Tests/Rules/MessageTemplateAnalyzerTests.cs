using System.Threading.Tasks;
using Xunit;
using static I18nToolkit.Analyzers.Tests.TestSupport.AnalyzerHarness;

namespace I18nToolkit.Analyzers.Tests.Rules
{
    public class MessageTemplateAnalyzerTests
    {
        private static readonly string[] Id = { "I18N0003" };

        [Fact]
        public Task Malformed_braces_are_errors_at_the_brace() => VerifyAsync(Usings + @"
class C
{
    void M(object a)
    {
        Messages.Loc.X(""E100: Open {Name{|I18N0003:""|}, a);
        Messages.Loc.X(""E101: Stray {|I18N0003:}|} brace"");
        Messages.Loc.X(""E102: Empty {{|I18N0003:}|}"");
        Messages.Loc.X(""E103: {0} and {|I18N0003:{|}Name}"", a, a);
        Messages.Loc.X(""E104: Escaped \"" quote \u00e9 then {|I18N0003:}|}"");
        Messages.Loc.X(@""E105: Verbatim """" quote {|I18N0003:}|}"");
        Messages.Loc.X(""""""E106: Raw "" {|I18N0003:}|}"""""");
    }
}", Id);

        [Fact]
        public Task Well_formed_templates_and_escapes_are_fine() => VerifyAsync(Usings + @"
class C
{
    void M(object a)
    {
        Messages.Loc.X(""E100: {{literal}} {Name,-10:N2} {@Order}"", a, a);
        Messages.Loc.X(""E101: {0:X} {1,5}"", a, a);
    }
}", Id);

        [Fact]
        public Task Plurals_and_selects_are_well_formed_and_a_format_named_plural_is_not() => VerifyAsync(Usings + @"
class C
{
    void M(int n, string g)
    {
        Messages.Loc.X(""I140: Moved {Count, plural, =0 {no file} one {# file} other {# files}} to {Folder}"", n, g);
        Messages.Loc.X(""I141: {Gender, select, female {She} other {They}} came {Place, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}"", g, n);
        Messages.Loc.X(""I142: Moved {Count:{|I18N0003:p|}lural}"", n);
        Messages.Loc.X(""I143: {Count, plural, one {# file}{|I18N0003:}|}"", n);
    }
}", Id);

        [Fact]
        public Task A_plural_without_English_s_categories_is_a_warning_at_the_plural() => VerifyAsync(Usings + @"
class C
{
    void M(int n)
    {
        Messages.Loc.X(""I140: Moved {|I18N0015:{|}Count, plural, other {# files}}"", n);
        Messages.Loc.X(""I141: Moved {|I18N0015:{|}Count, plural, one {# file} few {# files} other {# files}}"", n);
        Messages.Loc.X(""I142: Moved {Count, plural, one {# file} other {# files}}"", n);
    }
}", new[] { "I18N0003", "I18N0015" });

        [Fact]
        public Task A_message_without_an_id_is_left_to_I18N0002() => VerifyAsync(Usings + @"
class C { void M() => Messages.Loc.X(""{|I18N0002:n|}o id {""); }", new[] { "I18N0003", "I18N0002" });
    }
}
