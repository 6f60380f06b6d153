using System.IO;
using System.Linq;
using I18nToolkit.Build.Resources;
using I18nToolkit.Resx;
using Xunit;
using static I18nToolkit.Build.Tests.TestSupport.Messages;

namespace I18nToolkit.Build.Tests.Resources
{
    public class NeutralResxWriterTests
    {
        [Fact]
        public void Entries_are_sorted_by_key_with_sites_and_holes_and_marked_generated()
        {
            string text = NeutralResxWriter.Render(new[]
            {
                Of("W200: Second {Count:N0} <b> & more", "B.cs:3"),
                Of("E131: Could not find files with pattern {Pattern} in directory {Directory}", "Service/Import.cs:34", "Worker.cs:12"),
            }, "Payroll");

            Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- DO NOT EDIT.", text);
            var entries = ResxReader.Read("Messages.resx", new StringReader(text));
            Assert.Equal(new[] { "Payroll-E131", "Payroll-W200" }, entries.Select(e => e.Name));
            Assert.Equal("Could not find files with pattern {Pattern} in directory {Directory}", entries[0].Value);
            Assert.Equal("Used at Service/Import.cs:34, Worker.cs:12. Holes: {Pattern}, {Directory}.", entries[0].Comment);
            Assert.Equal("Second {Count:N0} <b> & more", entries[1].Value);
            Assert.Contains("&lt;b&gt; &amp; more", text);
        }

        [Fact]
        public void The_same_messages_always_give_the_same_bytes()
        {
            var a = new[] { Of("E100: A"), Of("E101: B {X}") };
            var b = new[] { a[1], a[0] };

            string first = NeutralResxWriter.Render(a, "P");
            Assert.Equal(first, NeutralResxWriter.Render(b, "P"));
            Assert.DoesNotContain("\r", first);
            Assert.EndsWith("</root>\n", first);
        }

        [Fact]
        public void Control_characters_survive_a_round_trip()
        {
            string text = NeutralResxWriter.Render(new[] { Of("E100: Tab\there\r\nand \u0001 bell") }, "P");

            Assert.Equal("Tab\there\r\nand \u0001 bell", ResxReader.Read("x.resx", new StringReader(text)).Single().Value);
        }
    }
}
