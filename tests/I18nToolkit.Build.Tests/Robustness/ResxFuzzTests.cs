using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using CsCheck;
using I18nToolkit.Resx;
using Xunit;

namespace I18nToolkit.Build.Tests.Robustness
{
    /// <summary>Bounded, seeded fuzzing of the <c>.resx</c> reader the build and the tool share: a result or a located error, nothing else.</summary>
    public class ResxFuzzTests
    {
        private static Gen<string> TextOf(string alphabet, int maxLength) =>
            Gen.Frequency((6, Gen.Char[alphabet]), (1, Gen.Char), (1, Gen.OneOf('\ud800', '\0', '\u202e'))).Array[0, maxLength].Select(chars => new string(chars));

        private const string Resx = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n  <resheader name=\"resmimetype\"><value>text/microsoft-resx</value></resheader>\n"
            + "  <data name=\"Prefix:E100\" xml:space=\"preserve\">\n    <value>E100: Datei {Name} fehlt</value>\n    <comment>a note</comment>\n  </data>\n"
            + "  <data name=\"Prefix:I200\"><value>I200: &lt;ok&gt; &#x1;</value></data>\n</root>\n";

        [Fact]
        public void The_resx_reader_reads_any_mutation_of_a_file_or_says_where()
        {
            Gen.Select(Gen.Int[0, Resx.Length], Gen.Int[0, 8], TextOf("<>/=\"'&;#x data value name", 6)).Array[1, 4].Sample(
                edits =>
                {
                    var text = new StringBuilder(Resx);
                    foreach ((int at, int remove, string insert) in edits)
                    {
                        int start = Math.Min(at, text.Length);
                        text.Remove(start, Math.Min(remove, text.Length - start)).Insert(start, insert);
                    }

                    try
                    {
                        IReadOnlyList<ResxEntry> entries = ResxReader.Read("fuzz.resx", new StringReader(text.ToString()));
                        Assert.All(entries, e => Assert.False(string.IsNullOrEmpty(e.Name)));
                    }
                    catch (ResxFormatException e)
                    {
                        Assert.StartsWith("fuzz.resx(", e.Message, StringComparison.Ordinal);
                        Assert.True(e.Line >= 1 && e.Column >= 1, e.Message);
                    }
                },
                iter: 5_000,
                seed: "0kYQbUFbd0p2");
        }
    }
}
