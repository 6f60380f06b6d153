using System.Linq;
using I18nToolkit.Build.Extraction;
using I18nToolkit.Grammar;
using Xunit;

namespace I18nToolkit.Build.Tests.Extraction
{
    public class SourceMessageExtractorTests
    {
        private static readonly SourceMessageExtractor Extractor = new SourceMessageExtractor(MessageIdPattern.Default);

        [Fact]
        public void Every_message_call_shape_is_found_with_its_line()
        {
            const string source = @"using static App.Messages;
class C
{
    void M(string p, int n)
    {
        Messages.Loc.X(""E131: Could not find {Pattern}"", p);
        var s = Loc.T<int>(""I100: Count {N}"", n);
        X(@""W200: Verbatim """"quoted"""""");
        Loc.X(message: """"""I101: Raw {P}"""""", p);
        Loc.X(""E131: Could not find {Pattern}"", p);
    }
}";
            FileMessages result = Extractor.Extract("Service/Import.cs", source);

            Assert.Equal(new[] { "E131", "I100", "W200", "I101", "E131" }, result.Messages.Select(m => m.Definition.Id.Value));
            Assert.Equal(new[] { 6, 7, 8, 9, 10 }, result.Messages.Select(m => m.Line));
            Assert.Equal("W200: Verbatim \"quoted\"", result.Messages[2].Definition.Text);
            Assert.All(result.Messages, m => Assert.Equal("Service/Import.cs", m.Path));
            Assert.Empty(result.Problems);
        }

        [Fact]
        public void Indexer_names_and_annotation_texts_with_an_id_are_messages_and_plain_names_are_not()
        {
            const string source = @"class Payslip
{
    [Required(ErrorMessage = ""E302: The {0} field is required"")]
    [Display(Name = ""L306: Hours worked"", Description = ""E999: not localized"")]
    public int Hours { get; set; }

    [StringLength(5, ErrorMessage = ""E303: Broken {0"")]
    [Display(Name = ""Plain: {0}"")]
    public string? Name { get; set; }

    string M(IStringLocalizer<Payslip> localizer, string dir) =>
        localizer[""E301: Could not find files in {Directory}"", dir] + localizer[""Welcome: {0}"", dir] + localizer?[""I304: Done""];
}";
            FileMessages result = Extractor.Extract("Models/Payslip.cs", source);

            Assert.Equal(new[] { "E302", "L306", "E301", "I304" }, result.Messages.Select(m => m.Definition.Id.Value));
            Assert.Equal(new[] { 3, 4, 12, 12 }, result.Messages.Select(m => m.Line));
            ExtractionProblem problem = Assert.Single(result.Problems);
            Assert.Equal((7, 37), (problem.Line, problem.Column));
            Assert.Contains("E303: Broken {0", problem.Message);
        }

        [Fact]
        public void Malformed_messages_are_problems_with_line_and_column_and_unrelated_calls_are_ignored()
        {
            const string source = @"class C
{
    void M(string p)
    {
        Loc.X(""E131: Open {Pattern"", p);
        Loc.X(""E12: short id"");
        other.X(""just a string, not a message"");
        Loc.X(p);
        Loc.X(""E132: Fine"");
    }
}";
            FileMessages result = Extractor.Extract("A.cs", source);

            Assert.Equal("E132", Assert.Single(result.Messages).Definition.Id.Value);
            Assert.Equal(2, result.Problems.Count);
            Assert.Equal((5, 15), (result.Problems[0].Line, result.Problems[0].Column));
            Assert.Contains("position 19", result.Problems[0].Message);
            Assert.StartsWith("A.cs(6,15): The message \"E12: short id\" is not extracted", result.Problems[1].ToString());
        }

        [Fact]
        public void A_file_without_an_id_shaped_literal_or_a_message_call_is_not_parsed()
        {
            Assert.Same(FileMessages.None, Extractor.Extract("B.cs", "class B { void M() => Loc.Y(text); } // E131: in a comment"));
        }

        [Fact]
        public void A_message_argument_that_may_be_a_constant_is_a_site_to_fold()
        {
            FileMessages result = Extractor.Extract("B.cs", "class B { void M() => Loc.X(Texts.NotFound, 1); }");

            Assert.Empty(result.Messages);
            FoldSite site = Assert.Single(result.Folds);
            Assert.Equal((1, 29, 28, 14), (site.Line, site.Column, site.Start, site.Length));
        }

        [Fact]
        public void A_custom_pattern_is_used_for_recognition_and_parsing()
        {
            var extractor = new SourceMessageExtractor(MessageIdPattern.Create("[A-Z]{2}-[0-9]{4}"));

            FileMessages result = extractor.Extract("C.cs", "class C { void M() { Loc.X(\"PY-0042: Payroll {Id}\", 1); Loc.X(\"E131: old style\"); } }");

            Assert.Equal("PY-0042", Assert.Single(result.Messages).Definition.Id.Value);
        }
    }
}
