using System;
using System.IO;
using System.Linq;
using I18nToolkit.Cli.Po;
using I18nToolkit.Cli.Tests.TestSupport;
using Xunit;

namespace I18nToolkit.Cli.Tests.Po
{
    public class PoCommandTests
    {
        [Fact]
        public void Export_writes_a_plain_plural_as_a_gettext_plural_with_CLDR_forms()
        {
            using TempProject project = PluralProject.Create();

            CliRun run = CliRun.Of("po", "export", project.Directory, "--culture", "pl");

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("3 entries (1 plural, 3 new, 0 fuzzy)", run.Output, StringComparison.Ordinal);
            string po = project.Read("Resources/Messages.pl.po");
            Assert.Contains("\"Plural-Forms: nplurals=4; plural=(n==1 ? 0 : (n%10>=2 && n%10<=4) && !(n%100>=12 && n%100<=14) ? 1 : ", po, StringComparison.Ordinal);
            Assert.Contains("\"Language: pl\\n\"", po, StringComparison.Ordinal);
            Assert.Contains("#: App-I140\nmsgctxt \"App-I140\"", po, StringComparison.Ordinal);
            Assert.Contains("msgctxt \"App-I140\"\nmsgid \"Moved # file to {Folder}\"\nmsgid_plural \"Moved # files to {Folder}\"\nmsgstr[0] \"\"\nmsgstr[1] \"\"\nmsgstr[2] \"\"\nmsgstr[3] \"\"\n", po, StringComparison.Ordinal);
            Assert.Contains("#. plural: msgstr[n] are the forms of one, few, many, other; # is the number", po, StringComparison.Ordinal);
            // A select is not a plain plural: its template, with a note on the syntax.
            Assert.Contains("msgctxt \"App-I141\"\nmsgid \"{Gender, select, female {She left} other {They left}}\"\nmsgstr \"\"", po, StringComparison.Ordinal);
            Assert.Contains("#. location: Worker.cs:", po, StringComparison.Ordinal);
            Assert.Contains("#. holes: {File}", po, StringComparison.Ordinal);
        }

        [Fact]
        public void Import_turns_the_forms_into_one_plural_the_runtime_uses()
        {
            using TempProject project = PluralProject.Create();
            Assert.Equal(0, CliRun.Of("po", "export", project.Directory, "--culture", "pl").ExitCode);
            string path = project.Path("Resources/Messages.pl.po");
            string po = File.ReadAllText(path)
                .Replace("msgstr[0] \"\"\nmsgstr[1] \"\"\nmsgstr[2] \"\"\nmsgstr[3] \"\"", "msgstr[0] \"Przeniesiono # plik do {Folder}\"\nmsgstr[1] \"Przeniesiono # pliki do {Folder}\"\nmsgstr[2] \"Przeniesiono # plików do {Folder}\"\nmsgstr[3] \"Przeniesiono # pliku do {Folder}\"", StringComparison.Ordinal)
                .Replace("msgid \"Could not open {File}\"\nmsgstr \"\"", "msgid \"Could not open {File}\"\nmsgstr \"Nie można otworzyć {File}\"", StringComparison.Ordinal);
            File.WriteAllText(path, po);

            CliRun run = CliRun.Of("po", "import", path, project.Directory);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("2 updated, 0 unchanged, 1 without a target (kept), 0 refused", run.Output, StringComparison.Ordinal);
            string resx = project.Read("Resources/Messages.pl.resx");
            Assert.Contains("<value>{Count, plural, one {Przeniesiono # plik do {Folder}} few {Przeniesiono # pliki do {Folder}} many {Przeniesiono # plików do {Folder}} other {Przeniesiono # pliku do {Folder}}}</value>", resx, StringComparison.Ordinal);
            CliRun check = CliRun.Of("check", project.Directory, "--fail-on", "none");
            Assert.Contains("pl: 2 translated", check.Output, StringComparison.Ordinal);

            // And out again: the translation splits back into the same forms.
            Assert.Equal(0, CliRun.Of("po", "export", project.Directory, "--culture", "pl").ExitCode);
            Assert.Contains("msgstr[2] \"Przeniesiono # plików do {Folder}\"", File.ReadAllText(path), StringComparison.Ordinal);
        }

        [Fact]
        public void Import_refuses_missing_forms_unknown_entries_and_broken_holes_and_names_their_lines()
        {
            using TempProject project = PluralProject.Create();
            Assert.Equal(0, CliRun.Of("po", "export", project.Directory, "--culture", "pl").ExitCode);
            string path = project.Path("Resources/Messages.pl.po");
            string po = File.ReadAllText(path)
                .Replace("msgstr[0] \"\"\nmsgstr[1] \"\"", "msgstr[0] \"Przeniesiono # plik do {Folder}\"\nmsgstr[1] \"\"", StringComparison.Ordinal)
                .Replace("msgid \"Could not open {File}\"\nmsgstr \"\"", "msgid \"Could not open {File}\"\nmsgstr \"Nie można otworzyć {Plik}\"", StringComparison.Ordinal)
                + "\nmsgctxt \"App-E999\"\nmsgid \"Gone\"\nmsgstr \"Nie ma\"\n";
            File.WriteAllText(path, po);
            string before = project.Read("Resources/Messages.pl.resx");

            CliRun run = CliRun.Of("po", "import", path, project.Directory);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("0 updated, 0 unchanged, 1 without a target (kept), 3 refused", run.Output, StringComparison.Ordinal);
            Assert.Contains("unit 'App-I140' refused: a plural for pl has 4 forms, all filled in (one, few, many, other); found 1 of 4.", run.Error, StringComparison.Ordinal);
            Assert.Contains("unit 'App-E100' refused: its holes differ from the code's (missing {File}; unexpected {Plik}).", run.Error, StringComparison.Ordinal);
            Assert.Matches(@"Messages\.pl\.po\(\d+\): unit 'App-E999' refused: no such message in code", run.Error);
            Assert.Equal(before, project.Read("Resources/Messages.pl.resx"));
        }

        [Fact]
        public void A_plural_translated_as_ICU_text_must_have_the_culture_s_categories()
        {
            using TempProject project = PluralProject.Create();
            Assert.Equal(0, CliRun.Of("po", "export", project.Directory, "--culture", "de").ExitCode);
            string path = project.Path("Resources/Messages.de.po");
            // German has one and other: the PO plural has two forms. A translator who writes few gets told.
            File.WriteAllText(path, File.ReadAllText(path).Replace(
                "msgid \"{Gender, select, female {She left} other {They left}}\"\nmsgstr \"\"",
                "msgid \"{Gender, select, female {She left} other {They left}}\"\nmsgstr \"{Gender, select, female {Sie ging} other {Sie gingen}}\"", StringComparison.Ordinal)
                .Replace("msgstr[0] \"\"\nmsgstr[1] \"\"", "msgstr[0] \"# Datei nach {Folder} verschoben\"\nmsgstr[1] \"# Dateien nach {Folder} verschoben\"", StringComparison.Ordinal));

            CliRun run = CliRun.Of("po", "import", path, project.Directory);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("<value>{Gender, select, female {Sie ging} other {Sie gingen}}</value>", project.Read("Resources/Messages.de.resx"), StringComparison.Ordinal);
            Assert.Contains("<value>{Count, plural, one {# Datei nach {Folder} verschoben} other {# Dateien nach {Folder} verschoben}}</value>", project.Read("Resources/Messages.de.resx"), StringComparison.Ordinal);
        }

        [Fact]
        public void A_malformed_PO_file_is_refused_whole_with_its_line_and_column()
        {
            using TempProject project = PluralProject.Create();
            string path = project.Path("bad.po");
            File.WriteAllText(path, "msgid \"\"\nmsgstr \"Language: pl\\n\"\n\nmsgctxt \"App-E100\"\nmsgid \"Could not open {File}\"\nmsgstr \"Nie \\q\"\n");

            CliRun run = CliRun.Of("po", "import", path, project.Directory);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("bad.po(6,13): a C escape (\\n, \\t, \\\", \\\\...), found \\q Nothing was imported.", run.Error, StringComparison.Ordinal);
        }
    }
}
