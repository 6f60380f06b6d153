using System;
using I18nToolkit.Cli.Pseudo;
using I18nToolkit.Cli.Tests.TestSupport;
using I18nToolkit.Grammar;
using Xunit;

namespace I18nToolkit.Cli.Tests.Pseudo
{
    public class PseudoCommandTests
    {
        [Fact]
        public void Pseudo_text_is_accented_longer_bracketed_and_keeps_its_holes()
        {
            string pseudo = PseudoLocalizer.Localize(MessageTemplate.Parse("Could not find {Pattern} in {Directory,-10:x} ({{literal}})"));

            Assert.StartsWith("[Çöûļđ ñöţ ƒîñđ {Pattern} îñ {Directory,-10:x} ({{ļîţéŕàļ}})", pseudo, StringComparison.Ordinal);
            Assert.EndsWith("]", pseudo, StringComparison.Ordinal);
            Assert.True(MessageTemplate.Parse("Could not find {Pattern} in {Directory,-10:x} ({{literal}})").HasSameHoles(MessageTemplate.Parse(pseudo)));
            Assert.InRange(pseudo.Length, 1.25 * 58, 1.6 * 58);
        }

        [Fact]
        public void The_command_writes_a_culture_file_the_build_treats_as_translated()
        {
            using TempProject project = TranslatedProject.Create();

            CliRun run = CliRun.Of("pseudo", project.Directory, "--culture", "en-XA");

            Assert.True(run.ExitCode == 0, run.ToString());
            string file = project.Read("Resources/Messages.en-XA.resx");
            Assert.Contains("<value>[Çöûļđ ñöţ öþéñ {File} ~~~]</value>", file, StringComparison.Ordinal);
            CliRun check = CliRun.Of("check", project.Directory, "--fail-on", "none", "--format", "json");
            Assert.Contains("\"culture\": \"en-XA\",\n      \"file\": \"Resources/Messages.en-XA.resx\",\n      \"translated\": 3", check.Output.Replace("\r\n", "\n"), StringComparison.Ordinal);
        }
    }
}
