using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using I18nToolkit.Build.Catalog;
using I18nToolkit.Build.Resources;
using Xunit;
using static I18nToolkit.Build.Tests.TestSupport.Messages;

namespace I18nToolkit.Build.Tests.Resources
{
    public class CultureDocumentTextTests
    {
        private const string Path = "Resources/Messages.de.resx";

        /// <summary>A translators' file with what real ones hold: notes, escapes, CDATA, another library's entries.</summary>
        private const string Existing = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- translators: team de -->\n<root>\n"
            + "  <resheader name=\"resmimetype\">\n    <value>text/microsoft-resx</value>\n  </resheader>\n"
            + "  <!-- keep: legal wording -->\n"
            + "  <data name=\"App-E100\" xml:space=\"preserve\">\n    <value>Fehler &amp; &lt;Abbruch&gt; \"quoted\" {Count}</value>\n    <comment>[i18n untranslated]</comment>\n  </data>\n"
            + "  <data name=\"Other-X1\" xml:space=\"preserve\">\n    <value><![CDATA[a < b]]></value>\n  </data>\n"
            + "  <data name=\"App-I101\" xml:space=\"preserve\">\n    <value>Gestartet</value>\n  </data>\n</root>\n";

        [Fact]
        public void Entries_written_one_by_one_give_the_whole_documents_text_through_any_sequence_of_edits()
        {
            var random = new Random(5);
            for (int round = 0; round < 40; round++)
            {
                CultureDocument document = TranslationMerger.Load(Path, Existing, "App");
                var texts = new Dictionary<int, string> { [100] = "E100: Failed after {Count}", [101] = "I101: Started" };
                for (int step = 0; step < 25; step++)
                {
                    switch (random.Next(6))
                    {
                        case 0: // a message added, changed or removed in code, merged
                            int id = 100 + random.Next(8);
                            if (random.Next(3) == 0)
                                texts.Remove(id);
                            else
                                texts[id] = $"I{id}: Text {random.Next(1000)} with {{Hole}}";
                            TranslationMerger.Merge(document, Catalog(texts), random.Next(2) == 0 ? null : new[] { "I" + id, "E" + id });
                            break;
                        case 1: // a translator's act (an XLIFF import)
                            TranslationMerger.SetTranslation(document, "I" + (100 + random.Next(8)), "Übersetzt <" + random.Next(100) + "> & fertig", "[i18n source=0123456789abcdef]");
                            break;
                        case 2: // an entry removed by hand
                            document.Document.Root!.Elements("data").Skip(random.Next(3)).FirstOrDefault()?.Remove();
                            break;
                        case 3: // an attribute, a comment, text between entries
                            XElement? data = document.Document.Root!.Elements("data").LastOrDefault();
                            data?.SetAttributeValue("type", random.Next(2) == 0 ? null : "System.String");
                            document.Document.Root!.Add(new XComment(" note " + step), new XText("\n"));
                            break;
                        case 4: // a value edited in place, deep inside an entry
                            XElement? value = document.Document.Root!.Descendants("value").Skip(random.Next(4)).FirstOrDefault();
                            if (value is not null)
                                value.Value = "geändert " + step;
                            break;
                        default: // nothing
                            break;
                    }

                    document.Edited();
                    Assert.Equal(CultureDocumentText.Whole(document.Document), document.Text);
                }
            }
        }

        [Fact]
        public void An_import_of_many_translations_writes_the_file_once_with_all_of_them()
        {
            var texts = Enumerable.Range(100, 300).ToDictionary(i => i, i => $"I{i}: Message {i}");
            CultureDocument document = TranslationMerger.Load(Path, null, "App");
            TranslationMerger.Merge(document, Catalog(texts), null);

            foreach (int i in texts.Keys)
                TranslationMerger.SetTranslation(document, "I" + i, "Nachricht " + i, "[i18n source=0123456789abcdef]");

            string text = document.Text!;
            Assert.Equal(CultureDocumentText.Whole(document.Document), text);
            Assert.All(texts.Keys, i => Assert.Contains($"<value>Nachricht {i}</value>", text, StringComparison.Ordinal));
        }

        private static IReadOnlyCollection<ExtractedMessage> Catalog(Dictionary<int, string> texts) => All(texts.Values.ToArray());
    }
}
