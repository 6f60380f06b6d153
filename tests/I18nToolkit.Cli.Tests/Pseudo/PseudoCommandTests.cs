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
        public void Every_branch_of_a_plural_and_a_select_is_accented_and_the_syntax_kept()
        {
            const string english = "Moved {Count, plural, offset:1 =0 {no file} one {# file '#'1} other {# files '{'x'}'}} as {Role, select, admin {admin} other {user}}";
            string pseudo = PseudoLocalizer.Localize(MessageTemplate.Parse(english));

            Assert.StartsWith("[Ṁöṽéđ {Count, plural, offset:1 =0 {ñö ƒîļé} one {# ƒîļé '#'1} other {# ƒîļéš {{ẋ'}'}} àš {Role, select, admin {àđɱîñ} other {ûšéŕ}}", pseudo, StringComparison.Ordinal);
            MessageTemplate parsed = MessageTemplate.Parse(pseudo);
            Assert.Equal("[Ṁöṽéđ ñö ƒîļé àš àđɱîñ", parsed.WithPluralCulture("en").Format(null, 0, "admin").Split(" ~")[0]);
            Assert.StartsWith("[Ṁöṽéđ 2 ƒîļéš {ẋ} àš ûšéŕ", parsed.WithPluralCulture("en").Format(null, 3, "guest"));
        }

        [Fact]
        public void Writing_a_template_back_renders_the_same_for_every_argument()
        {
            // The writer the pseudo-localizer stands on: parse(write(t)) is t, for a sample of shapes.
            string[] templates =
            {
                "{{a}} {B} }}", "{N, plural, one {{{x'}' '}'} other {#'#'}}", "{N, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}",
                "{S, select, a {{N, plural, =0 {none} other {# {S}}}} other {-}}", "{0} and {1:N2}",
            };
            foreach (string text in templates)
            {
                MessageTemplate template = MessageTemplate.Parse(text);
                MessageTemplate written = MessageTemplate.Parse(I18nToolkit.Grammar.TemplateWriter.Write(template, s => s));
                foreach (object?[] args in new[] { new object?[] { 0, 1 }, new object?[] { 1, 2.5 }, new object?[] { 2, "a" }, new object?[] { 3, 3 }, new object?[] { "a", 0 } })
                    Assert.Equal(template.Format(System.Globalization.CultureInfo.InvariantCulture, args), written.Format(System.Globalization.CultureInfo.InvariantCulture, args));
            }
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
