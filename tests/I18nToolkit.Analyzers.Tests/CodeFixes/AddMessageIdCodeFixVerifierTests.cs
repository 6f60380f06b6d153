using System.Threading.Tasks;
using Xunit;
using Verify = I18nToolkit.Analyzers.Tests.TestSupport.CodeFixVerifier<I18nToolkit.Analyzers.Rules.MessageIdAnalyzer, I18nToolkit.CodeFixes.AddMessageIdCodeFixProvider>;

namespace I18nToolkit.Analyzers.Tests.CodeFixes
{
    /// <summary>The add-ID fix (the diagnostic marks where the ID should start) through Microsoft.CodeAnalysis.Testing: fixed code compiles, fixes iterate, Fix All in every scope.</summary>
    public class AddMessageIdCodeFixVerifierTests
    {
        [Fact]
        public Task Each_message_gets_the_next_ID_of_its_level_letter() => Verify.VerifyAsync(@"using System;
using I18nToolkit.Logging;
static class Messages { public static readonly I18nToolkit.Localization.Localizer Loc = new(""App"", null); }
class C
{
    void M(LocalizedLogger log, string p)
    {
        Messages.Loc.X(""E105: Existing"");
        log.Error(Messages.Loc.X(""{|I18N0002:C|}ould not find {Pattern}"", p));
        log.Warn(Messages.Loc.X(@""{|I18N0002:V|}erbatim """"quoted""""""));
        var text = Messages.Loc.T(""{|I18N0002:P|}lain"");
    }
}", @"using System;
using I18nToolkit.Logging;
static class Messages { public static readonly I18nToolkit.Localization.Localizer Loc = new(""App"", null); }
class C
{
    void M(LocalizedLogger log, string p)
    {
        Messages.Loc.X(""E105: Existing"");
        log.Error(Messages.Loc.X(""E106: Could not find {Pattern}"", p));
        log.Warn(Messages.Loc.X(@""W100: Verbatim """"quoted""""""));
        var text = Messages.Loc.T(""I100: Plain"");
    }
}", iterations: 3);
    }
}
