using System.Linq;
using I18nToolkit.Build.Catalog;
using I18nToolkit.Build.Extraction;
using I18nToolkit.Grammar;
using Xunit;

namespace I18nToolkit.Build.Tests.Catalog
{
    public class MessageCatalogTests
    {
        private static readonly SourceMessageExtractor Extractor = new SourceMessageExtractor(MessageIdPattern.Default);

        [Fact]
        public void One_entry_per_id_with_every_site_in_a_stable_order()
        {
            var files = new[]
            {
                Extractor.Extract("b/Worker.cs", "class W { void M() { Loc.X(\"E131: Find {P}\", 1); } }"),
                Extractor.Extract("a/Service.cs", "class S {\n void M() {\n Loc.X(\"E131: Find {P}\", 1);\n Loc.X(\"I100: Start\"); } }"),
            };

            var (messages, conflicts) = MessageCatalog.Build(files);

            Assert.Empty(conflicts);
            Assert.Equal(new[] { "E131", "I100" }, messages.Select(m => m.Id));
            Assert.Equal(new[] { "a/Service.cs:3", "b/Worker.cs:1" }, messages[0].Sites);
            Assert.Equal("Find {P}", messages[0].Template);
        }

        [Fact]
        public void One_id_with_two_texts_is_a_conflict_naming_both_sites_and_is_not_extracted()
        {
            var files = new[]
            {
                Extractor.Extract("A.cs", "class A { void M() => Loc.X(\"E131: First\"); }"),
                Extractor.Extract("B.cs", "class B {\n void M() => Loc.X(\"E131: Second\"); }"),
            };

            var (messages, conflicts) = MessageCatalog.Build(files);

            Assert.Empty(messages);
            ExtractionProblem conflict = Assert.Single(conflicts);
            Assert.Equal("B.cs(2,1): Message ID E131 has two texts: \"E131: Second\" here and \"E131: First\" at A.cs:1; neither is extracted.", conflict.ToString());
        }
    }
}
