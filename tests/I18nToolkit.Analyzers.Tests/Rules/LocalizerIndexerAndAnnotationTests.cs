using System.Threading.Tasks;
using Xunit;
using static I18nToolkit.Analyzers.Tests.TestSupport.AnalyzerHarness;

namespace I18nToolkit.Analyzers.Tests.Rules
{
    /// <summary>
    /// Messages handed to an IStringLocalizer indexer or written as data-annotation texts are held to the rules of
    /// <c>Loc.X</c>; plain names without an ID stay Microsoft.Extensions.Localization's and are none of the rules' business.
    /// </summary>
    public class LocalizerIndexerAndAnnotationTests
    {
        private const string Header = @"using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
" + Usings;

        [Fact]
        public Task An_indexer_message_is_held_to_the_grammar_and_its_argument_count() => VerifyAsync(Header + @"
class C
{
    void M(IStringLocalizer<C> localizer, IStringLocalizer plain, string dir)
    {
        _ = localizer[""E300: Could not find files in {Directory}"", dir];
        _ = localizer[""E301: Broken {Directory{|I18N0003:""|}, dir];
        _ = plain{|I18N0004:[""E302: {A} and {B}"", dir]|};
        _ = localizer?[""E303: Fine""];
    }
}", new[] { "I18N0003", "I18N0004" });

        [Fact]
        public Task Html_and_view_localizers_are_held_to_the_same_rules() => VerifyAsync(@"using Microsoft.AspNetCore.Mvc.Localization;
" + Usings + @"
class C
{
    void M(IViewLocalizer view, IHtmlLocalizer<C> html, string name)
    {
        _ = view[""I400: Welcome, {Name}"", name];
        _ = view{|I18N0004:[""I401: Welcome, {Name}""]|};
        _ = html[""I402: Broken {Name{|I18N0003:""|}, name];
        _ = html[""Plain, {0}"", name];
    }
}", new[] { "I18N0003", "I18N0004" });

        [Fact]
        public Task Plain_names_and_variables_are_microsoft_extensions_localization_s() => VerifyAsync(Header + @"
class C
{
    void M(IStringLocalizer<C> localizer, string key, System.Collections.Generic.Dictionary<string, string> map)
    {
        _ = localizer[""About Title""];
        _ = localizer[""Welcome, {0}"", ""Ada""];
        _ = localizer[key];
        _ = map[""E999: not a localizer""];
    }
}", new[] { "I18N0001", "I18N0002", "I18N0003", "I18N0004", "I18N0013" });

        [Fact]
        public Task A_constant_in_an_indexer_is_not_extracted_and_says_so() => VerifyAsync(Header + @"
class C
{
    const string NotFound = ""E304: Not found"";
    void M(IStringLocalizer<C> localizer) => _ = localizer[{|I18N0013:NotFound|}];
}", new[] { "I18N0013" });

        [Fact]
        public Task Data_annotation_texts_are_held_to_the_grammar() => VerifyAsync(Header + @"
class Payslip
{
    [Required(ErrorMessage = ""E305: The {0} field is required"")]
    public string? Employee { get; set; }

    [Display(Name = ""L306: Hours worked"")]
    [Range(1, 100, ErrorMessage = ""E307: {0} between {1} and {2{|I18N0003:""|})]
    public int Hours { get; set; }

    [Display(Name = ""Plain name"", Description = ""E999: descriptions are not localized by the toolkit {"")]
    public int Other { get; set; }
}", new[] { "I18N0003" });

        [Fact]
        public Task One_id_has_one_text_across_calls_indexers_and_annotations() => VerifyAsync(Header + @"
class Payslip
{
    [Required(ErrorMessage = ""{|I18N0005:E308|}: Required"")]
    public string? Employee { get; set; }

    void M(IStringLocalizer<Payslip> localizer)
    {
        _ = localizer[""{|I18N0005:E308|}: Something else""];
        Messages.Loc.T(""{|I18N0005:E308|}: Required"");
    }
}", new[] { "I18N0005" });
    }
}
