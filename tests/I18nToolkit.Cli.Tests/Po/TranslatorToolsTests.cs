using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using I18nToolkit.Cli.Po;
using I18nToolkit.Cli.Tests.TestSupport;
using I18nToolkit.Grammar.Plurals;
using Xunit;

namespace I18nToolkit.Cli.Tests.Po
{
    /// <summary>
    /// The exports held to the translators' own tools, run as translators run them: GNU gettext (<c>msgfmt -c</c>,
    /// Python's gettext for the plural formulas) and translate-toolkit (<c>pofilter</c>, <c>xliff2po</c>, <c>po2xliff</c>),
    /// with an edit made through them coming back through import.
    /// </summary>
    [Trait("Category", "EndToEnd")]
    public sealed class TranslatorToolsTests : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("i18n-tools-").FullName;

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        [Theory]
        [InlineData("pl")]
        [InlineData("de")]
        [InlineData("ru")]
        [InlineData("ar")]
        [InlineData("fr")]
        [InlineData("ja")]
        public void Msgfmt_accepts_every_export_untranslated_and_translated(string culture)
        {
            using TempProject project = PluralProject.Create();
            Assert.Equal(0, CliRun.Of("po", "export", project.Directory, "--culture", culture).ExitCode);
            string path = project.Path($"Resources/Messages.{culture}.po");
            AssertMsgfmtAccepts(path);

            // Every form filled in, the select translated: still what gettext accepts.
            int forms = PluralRules.For(culture, PluralRuleType.Cardinal).Categories.Count;
            string po = File.ReadAllText(path);
            for (int i = 0; i < forms; i++)
                po = po.Replace($"msgstr[{i}] \"\"", $"msgstr[{i}] \"form {i}: # {{Folder}}\"", StringComparison.Ordinal);
            File.WriteAllText(path, po.Replace("They left}}\"\nmsgstr \"\"", "They left}}\"\nmsgstr \"{Gender, select, female {x} other {y}}\"", StringComparison.Ordinal));
            CliRun import = CliRun.Of("po", "import", path, project.Directory);
            Assert.True(import.ExitCode == 0, import.ToString());
            Assert.Contains("2 updated", import.Output, StringComparison.Ordinal);
            Assert.Equal(0, CliRun.Of("po", "export", project.Directory, "--culture", culture).ExitCode);
            Assert.Contains($"msgstr[{forms - 1}] \"form {forms - 1}: # {{Folder}}\"", File.ReadAllText(path), StringComparison.Ordinal);
            AssertMsgfmtAccepts(path);
        }

        [Fact]
        public void Every_CLDR_locale_s_Plural_Forms_is_what_gettext_computes_and_msgfmt_accepts()
        {
            // Python's gettext compiles a Plural-Forms formula as gettext does (gettext.c2py): for each CLDR locale, its
            // form for 0..1200 must be the index of the category CLDR's rules give.
            var script = new StringBuilder("import gettext, sys\nbad = 0\n");
            var headers = new StringBuilder();
            foreach (string locale in PluralRules.Locales(PluralRuleType.Cardinal))
            {
                PluralRuleSet rules = PluralRules.For(locale, PluralRuleType.Cardinal);
                string forms = GettextPluralForms.For(rules);
                string expression = forms.Substring(forms.IndexOf("plural=", StringComparison.Ordinal) + 7).TrimEnd(';');
                string expected = string.Join(",", Enumerable.Range(0, 1201).Select(n => IndexOf(rules, rules.Select(PluralOperands.FromInteger(n)))));
                script.Append($"f = gettext.c2py('{expression}')\nif [f(n) for n in range(1201)] != [{expected}]:\n    print('{locale}: {expression}'); bad += 1\n");
                headers.Append(locale).Append('\t').Append(forms).Append('\n');
            }

            script.Append("sys.exit(1 if bad else 0)\n");
            string file = Path.Combine(_folder, "forms.py");
            File.WriteAllText(file, script.ToString());
            var run = ExternalTool.Run("python3", _folder, file);
            Assert.True(run.ExitCode == 0, run.Output + run.Error);

            // And msgfmt -c accepts each header.
            foreach (string line in headers.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                string[] parts = line.Split('\t');
                string po = Path.Combine(_folder, parts[0] + ".po");
                File.WriteAllText(po, "msgid \"\"\nmsgstr \"\"\n\"Project-Id-Version: t\\n\"\n\"PO-Revision-Date: 2026-12-02 10:00+0000\\n\"\n\"Last-Translator: t\\n\"\n\"Language-Team: t\\n\"\n" +
                    $"\"Language: {parts[0]}\\n\"\n\"MIME-Version: 1.0\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Content-Transfer-Encoding: 8bit\\n\"\n\"Plural-Forms: {parts[1]}\\n\"\n");
                AssertMsgfmtAccepts(po);
            }
        }

        [Fact]
        public void Pofilter_reads_the_PO_export_and_xliff2po_reads_every_unit_of_the_XLIFF_1_2_export()
        {
            using TempProject project = PluralProject.Create();
            Assert.Equal(0, CliRun.Of("po", "export", project.Directory, "--culture", "pl").ExitCode);
            string po = project.Path("Resources/Messages.pl.po");
            var filtered = ExternalTool.Run("pofilter", project.Directory, "--progress=none", po, Path.Combine(_folder, "filtered.po"));
            Assert.True(filtered.ExitCode == 0, filtered.Error);
            Assert.Contains("App-I140", File.ReadAllText(Path.Combine(_folder, "filtered.po")), StringComparison.Ordinal); // untranslated: pofilter lists it

            Assert.Equal(0, CliRun.Of("xliff", "export", project.Directory, "--culture", "pl", "--version", "1.2").ExitCode);
            string converted = Path.Combine(_folder, "from-xliff.po");
            var xliff2po = ExternalTool.Run("xliff2po", project.Directory, "--progress=none", project.Path("Resources/Messages.pl.xlf"), converted);
            Assert.True(xliff2po.ExitCode == 0, xliff2po.Error);
            List<PoEntry> units = PoReader.Read(converted, new StringReader(File.ReadAllText(converted))).Where(e => !e.IsHeader).ToList();
            Assert.Equal(3, units.Count); // every message, holes kept as their text
            Assert.Contains(units, u => u.Id == "Could not open {File}" && u.References.Contains("App-E100"));

            // A translator edits the converted file; the edit comes back through i18n po import.
            string edited = File.ReadAllText(converted).Replace("msgid \"Could not open {File}\"\nmsgstr \"\"", "msgid \"Could not open {File}\"\nmsgstr \"Nie można otworzyć {File}\"", StringComparison.Ordinal);
            File.WriteAllText(converted, edited);
            CliRun import = CliRun.Of("po", "import", converted, project.Directory, "--culture", "pl");
            Assert.True(import.ExitCode == 0, import.ToString());
            Assert.Contains("<value>Nie można otworzyć {File}</value>", project.Read("Resources/Messages.pl.resx"), StringComparison.Ordinal);
        }

        [Fact]
        public void An_edit_made_through_po2xliff_comes_back_through_the_XLIFF_import_plurals_included()
        {
            using TempProject project = PluralProject.Create();
            Assert.Equal(0, CliRun.Of("po", "export", project.Directory, "--culture", "pl").ExitCode);
            string xlf = Path.Combine(_folder, "from-po.xlf");
            var po2xliff = ExternalTool.Run("po2xliff", project.Directory, "--progress=none", project.Path("Resources/Messages.pl.po"), xlf);
            Assert.True(po2xliff.ExitCode == 0, po2xliff.Error);

            // Fill in the targets as a CAT tool would: the plain message, and each form of the plural group.
            var document = System.Xml.Linq.XDocument.Load(xlf);
            System.Xml.Linq.XNamespace ns = document.Root!.Name.Namespace;
            foreach (var unit in document.Descendants(ns + "trans-unit"))
            {
                string source = unit.Element(ns + "source")!.Value;
                var target = unit.Element(ns + "target") ?? new System.Xml.Linq.XElement(ns + "target");
                if (target.Parent is null)
                    unit.Add(target);
                if (source == "Could not open {File}")
                    target.Value = "Nie można otworzyć {File}";
                else if (source.StartsWith("Moved #", StringComparison.Ordinal))
                    target.Value = "Przeniesiono # " + new[] { "plik", "pliki", "plików", "pliku" }[int.Parse(((string)unit.Attribute("id")!).Split('[', ']')[1], System.Globalization.CultureInfo.InvariantCulture)] + " do {Folder}";
            }

            document.Save(xlf);
            CliRun import = CliRun.Of("xliff", "import", xlf, project.Directory, "--culture", "pl");

            Assert.True(import.ExitCode == 0, import.ToString());
            Assert.Contains("2 updated", import.Output, StringComparison.Ordinal);
            string resx = project.Read("Resources/Messages.pl.resx");
            Assert.Contains("<value>Nie można otworzyć {File}</value>", resx, StringComparison.Ordinal);
            Assert.Contains("<value>{Count, plural, one {Przeniesiono # plik do {Folder}} few {Przeniesiono # pliki do {Folder}} many {Przeniesiono # plików do {Folder}} other {Przeniesiono # pliku do {Folder}}}</value>", resx, StringComparison.Ordinal);
        }

        private static int IndexOf(PluralRuleSet rules, PluralCategory category)
        {
            for (int i = 0; i < rules.Categories.Count; i++)
            {
                if (rules.Categories[i] == category)
                    return i;
            }

            return -1;
        }

        private static void AssertMsgfmtAccepts(string path)
        {
            var run = ExternalTool.Run("msgfmt", Path.GetDirectoryName(path)!, "-c", "-o", "/dev/null", path);
            Assert.True(run.ExitCode == 0, $"msgfmt -c refused {path}:\n{run.Error}\n{File.ReadAllText(path)}");
        }
    }
}
