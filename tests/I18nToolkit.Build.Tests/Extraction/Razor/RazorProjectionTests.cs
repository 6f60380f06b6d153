using System.Linq;
using I18nToolkit.Build.Extraction;
using I18nToolkit.Build.Extraction.Razor;
using I18nToolkit.Grammar;
using Xunit;

namespace I18nToolkit.Build.Tests.Extraction.Razor
{
    public class RazorProjectionTests
    {
        private static readonly SourceMessageExtractor Extractor = new SourceMessageExtractor(MessageIdPattern.Default);

        private const string Component = @"@page ""/payroll""
@using Contoso.Payroll
@inject ILogger<Payroll> Log

<h1>@Loc.T(""E300: Payroll for {Month}"", month)</h1>
<p title=""@Loc.T(""E301: In an attribute"")"">Write to me@example.com, @@handle, Loc.T(""E399: Not code, text"")</p>
@* Loc.T(""E398: In a Razor comment"") *@
<!-- Loc.T(""E397: In an HTML comment"") -->
@if (rows.Count == 0)
{
    <p>@Loc.T(""E302: No rows"")</p>
}
else if (rows.Count > 100)
{
    <p>@(Loc.T(""E303: Too many: {Count}"", rows.Count))</p>
}
else
{
    @foreach (var row in rows)
    {
        <li class=""row"">@row.Name: @Loc.T(""E304: Row {Name}"", row.Name)</li>
    }
}
@{
    var title = Loc.T(""E305: In a code block"");
    <text>@Loc.T(""E306: In a text tag"") and Loc.T(""E396: text"")</text>
    @: Loc.T(""E395: line text"") @Loc.T(""E307: In a line of text"")
}
@switch (state) { case 1: <b>@Loc.T(""E308: In a case"")</b> break; }

@code {
    [Parameter] public string Month { get; set; } = """";
    private List<Row> rows = new();
    private string Heading => Loc.T(""E309: In a code member"");
    private void Save() { if (rows.Count < 2) Log.LogWarning(Loc.T(""E310: In a method {Count}"", rows.Count)); }
}
";

        [Fact]
        public void Messages_are_found_in_code_at_their_place_and_never_in_markup_or_comments()
        {
            FileMessages found = Extractor.Extract("Pages/Payroll.razor", Component);

            Assert.Empty(found.Problems);
            Assert.Equal(Enumerable.Range(300, 11).Select(n => "E" + n), found.Messages.Select(m => m.Definition.Id.Value).OrderBy(id => id));
            string[] lines = Component.Split('\n');
            foreach (FoundMessage message in found.Messages)
                Assert.Contains(message.Definition.Text, lines[message.Line - 1].Replace("\"\"", "\""));
        }

        [Fact]
        public void A_view_with_a_model_sections_and_tag_helpers()
        {
            const string view = @"@model InvoiceModel
@{
    ViewData[""Title""] = Loc.T(""E320: Invoices"");
}
<form asp-action=""Save"">
    <label asp-for=""Amount"">@Loc.T(""E321: Amount in {Currency}"", Model.Currency)</label>
</form>
@section Scripts {
    <script>var s = ""@Loc.T(""E322: In a section"")"";</script>
}
";
            FileMessages found = Extractor.Extract("Views/Invoice/Index.cshtml", view);

            Assert.Equal(new[] { "E320", "E321", "E322" }, found.Messages.Select(m => m.Definition.Id.Value));
            Assert.Equal(new[] { 3, 6, 9 }, found.Messages.Select(m => m.Line));
        }

        [Fact]
        public void A_views_localizer_indexers_and_a_components_string_localizer_are_found()
        {
            const string view = @"@inject IViewLocalizer Localizer
@inject IStringLocalizer<Invoice> Texts
<h1>@Localizer[""E330: Welcome {0}"", Model.Name]</h1>
<p title=""@Texts[""E331: In an attribute""]"">@Texts[""Plain key""]</p>
@{
    var note = Texts[""E332: In a code block {0}"", 3];
}
";
            FileMessages found = Extractor.Extract("Views/Invoice/Welcome.cshtml", view);

            Assert.Empty(found.Problems);
            Assert.Equal(new[] { "E330", "E331", "E332" }, found.Messages.Select(m => m.Definition.Id.Value));
            Assert.Equal(new[] { 3, 4, 6 }, found.Messages.Select(m => m.Line));
        }

        [Fact]
        public void The_projection_keeps_every_line_and_column()
        {
            var (statements, members) = RazorProjection.Project(Component);

            Assert.Equal(Component.Length, statements.Length);
            Assert.Equal(Component.Length, members.Length);
            Assert.Equal(Component.Split('\n').Length, statements.Split('\n').Length);
            Assert.Contains("class {", members, System.StringComparison.Ordinal);
        }
    }
}
