using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using I18nToolkit.Cli.Tests.TestSupport;
using Xunit;

namespace I18nToolkit.Cli.Tests.Xliff
{
    public class XliffCommandTests
    {
        private static readonly XNamespace Ns = "urn:oasis:names:tc:xliff:document:2.0";

        [Fact]
        public void Export_writes_xliff_2_with_states_placeholders_and_notes()
        {
            using TempProject project = TranslatedProject.Create();
            project.WithMessages("Worker.cs", "E100: Could not open file {File}", "I101: Started {Count} jobs", "W102: Slow"); // E100 now stale

            CliRun run = CliRun.Of("xliff", "export", project.Directory, "--culture", "de");

            Assert.True(run.ExitCode == 0, run.ToString());
            XDocument xliff = XDocument.Load(project.Path("Resources/Messages.de.xlf"));
            Assert.Equal("2.0", (string?)xliff.Root!.Attribute("version"));
            Assert.Equal("de", (string?)xliff.Root.Attribute("trgLang"));
            XElement Unit(string id) => xliff.Descendants(Ns + "unit").Single(u => (string?)u.Attribute("id") == id);
            XElement stale = Unit("App-E100").Element(Ns + "segment")!;
            Assert.Equal(("translated", "i18n:needs-review"), ((string?)stale.Attribute("state"), (string?)stale.Attribute("subState")));
            Assert.Equal("1", (string?)stale.Element(Ns + "source")!.Element(Ns + "ph")!.Attribute("id"));
            Assert.Equal("{File}", (string?)stale.Element(Ns + "target")!.Element(Ns + "ph")!.Attribute("equiv"));
            XElement fresh = Unit("App-W102").Element(Ns + "segment")!;
            Assert.Equal(("initial", "i18n:new"), ((string?)fresh.Attribute("state"), (string?)fresh.Attribute("subState")));
            Assert.Null(fresh.Element(Ns + "target"));
            Assert.Equal("Worker.cs:5", Unit("App-E100").Descendants(Ns + "note").First().Value);
        }

        [Fact]
        public void Import_applies_valid_units_refuses_bad_ones_and_keeps_what_has_no_target()
        {
            using TempProject project = TranslatedProject.Create();
            Assert.Equal(0, CliRun.Of("xliff", "export", project.Directory, "--culture", "de").ExitCode);
            string path = project.Path("Resources/Messages.de.xlf");
            XDocument xliff = XDocument.Load(path);
            XElement Segment(string id) => xliff.Descendants(Ns + "unit").Single(u => (string?)u.Attribute("id") == id).Element(Ns + "segment")!;
            // W102 translated; I101 fixed (placeholder kept); E100's target removed (must stay as it is); one unknown unit; one hole error.
            Segment("App-W102").Add(new XElement(Ns + "target", new XAttribute(XNamespace.Xml + "space", "preserve"), "Langsam"));
            Segment("App-I101").Element(Ns + "target")!.ReplaceNodes(new XElement(Ns + "ph", new XAttribute("id", "1"), new XAttribute("equiv", "{Count}")), " Aufträge gestartet");
            Segment("App-E100").Element(Ns + "target")!.Remove();
            var file = xliff.Root!.Element(Ns + "file")!;
            file.Add(new XElement(Ns + "unit", new XAttribute("id", "App-E999"), new XElement(Ns + "segment", new XElement(Ns + "source", "x"), new XElement(Ns + "target", "y"))));
            xliff.Save(path, SaveOptions.DisableFormatting); // as translation tools do: whitespace in a target is the translation's

            CliRun run = CliRun.Of("xliff", "import", path, "--project-dummy-check");
            Assert.Equal(2, run.ExitCode); // unknown option: usage error, nothing imported

            run = CliRun.Of("xliff", "import", path, project.Directory);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("2 updated, 0 unchanged, 1 without a target (kept), 1 refused", run.Output, StringComparison.Ordinal);
            Assert.Contains("unit 'App-E999' refused: no such message in code", run.Error, StringComparison.Ordinal);
            string german = project.Read("Resources/Messages.de.resx");
            Assert.Contains("<value>Langsam</value>", german, StringComparison.Ordinal);
            Assert.Contains("<value>{Count} Aufträge gestartet</value>", german, StringComparison.Ordinal);
            Assert.Contains("<value>Kann {File} nicht öffnen</value>", german, StringComparison.Ordinal);
            Assert.Equal(0, CliRun.Of("check", project.Directory, "--fail-on", "missing,stale,holes").ExitCode);
        }

        [Fact]
        public void A_translation_with_other_holes_is_refused_and_the_file_is_untouched()
        {
            using TempProject project = TranslatedProject.Create();
            Assert.Equal(0, CliRun.Of("xliff", "export", project.Directory, "--culture", "de").ExitCode);
            string path = project.Path("Resources/Messages.de.xlf");
            string before = project.Read("Resources/Messages.de.resx");
            XDocument xliff = XDocument.Load(path);
            xliff.Descendants(Ns + "unit").Single(u => (string?)u.Attribute("id") == "App-W102").Element(Ns + "segment")!.Add(new XElement(Ns + "target", "Langsam {Extra}"));
            xliff.Save(path);

            CliRun run = CliRun.Of("xliff", "import", path, project.Directory);

            Assert.Equal(1, run.ExitCode);
            Assert.Matches(@"Messages\.de\.xlf\(\d+\): unit 'App-W102' refused: .*\{Extra\}", run.Error);
            Assert.Equal(before, project.Read("Resources/Messages.de.resx"));
        }

        [Fact]
        public void Malformed_xliff_is_an_error_with_its_line()
        {
            using TempProject project = TranslatedProject.Create();
            project.Write("bad.xlf", "<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\">\n<file>\n</xliff>");

            CliRun run = CliRun.Of("xliff", "import", project.Path("bad.xlf"), project.Directory, "--culture", "de");

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("bad.xlf(3,", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Control_characters_travel_as_xliff_cp_elements_and_come_back_exact()
        {
            using var project = new TempProject("<I18nPrefix>App</I18nPrefix>").WithMessages("Worker.cs", "E100: Bell \\u0007 and\\r\\nbreak {File}");
            Assert.Equal(0, CliRun.Of("extract", project.Directory, "--cultures", "de").ExitCode);

            CliRun export = CliRun.Of("xliff", "export", project.Directory, "--culture", "de");

            Assert.True(export.ExitCode == 0, export.ToString());
            string path = project.Path("Resources/Messages.de.xlf");
            XDocument xliff = XDocument.Load(path); // well-formed XML 1.0: no raw control character
            XElement source = xliff.Descendants(Ns + "source").Single();
            Assert.Equal("0007", (string?)source.Element(Ns + "cp")!.Attribute("hex"));
            Assert.Contains("&#xD;", System.IO.File.ReadAllText(path), StringComparison.Ordinal);

            // A translator's tool returns the target with the same cp element.
            XElement segment = xliff.Descendants(Ns + "segment").Single();
            segment.Add(new XElement(Ns + "target", new XAttribute(XNamespace.Xml + "space", "preserve"),
                "Glocke ", new XElement(Ns + "cp", new XAttribute("hex", "0007")), " und\r\nUmbruch ", new XElement(Ns + "ph", new XAttribute("id", "1"), new XAttribute("equiv", "{File}"))));
            using (var writer = System.Xml.XmlWriter.Create(path, new System.Xml.XmlWriterSettings { NewLineHandling = System.Xml.NewLineHandling.Entitize }))
                xliff.Save(writer);

            CliRun import = CliRun.Of("xliff", "import", path, project.Directory);

            Assert.True(import.ExitCode == 0, import.ToString());
            Assert.Contains("<value>Glocke &#x7; und&#xD;\nUmbruch {File}</value>", project.Read("Resources/Messages.de.resx"), StringComparison.Ordinal);
        }
    }
}
