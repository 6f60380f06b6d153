using System;
using System.IO;
using I18nToolkit.Cli.Tests.TestSupport;
using Xunit;

namespace I18nToolkit.Cli.Tests.Extract
{
    public class ExtractCommandTests
    {
        [Fact]
        public void Extract_writes_the_neutral_file_and_creates_the_requested_culture()
        {
            using var project = new TempProject("<I18nPrefix>Payroll</I18nPrefix>").WithMessages("Service/Import.cs", "E131: Could not find {Pattern}", "I100: Done");
            project.Write("obj/Generated.cs", "class G { void M() { Loc.X(\"E999: Generated, not compiled by default\"); } }");

            CliRun run = CliRun.Of("extract", project.Directory, "--cultures", "de");

            Assert.True(run.ExitCode == 0, run.ToString());
            string neutral = project.Read("Resources/Messages.resx");
            Assert.Contains("<data name=\"Payroll-E131\"", neutral, StringComparison.Ordinal);
            Assert.Contains("Used at Service/Import.cs:5", neutral, StringComparison.Ordinal);
            Assert.DoesNotContain("E999", neutral, StringComparison.Ordinal);
            Assert.Contains("[i18n untranslated]", project.Read("Resources/Messages.de.resx"), StringComparison.Ordinal);
            Assert.Contains("2 messages from 1 files", run.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Each_culture_file_is_reported_once_also_with_verbose()
        {
            using var project = new TempProject("").WithMessages("A.cs", "E100: One");

            CliRun run = CliRun.Of("extract", project.Directory, "--cultures", "de,fr", "--verbose");

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(run.Output, @"Messages\.de\.resx"));
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(run.Output, @"Messages\.fr\.resx"));
            Assert.Contains("ms (sources", run.Output, StringComparison.Ordinal); // the verbose details are still there
        }

        [Fact]
        public void Cultures_may_be_separated_by_spaces_and_a_name_that_is_no_culture_is_refused()
        {
            using var project = new TempProject("").WithMessages("A.cs", "E100: One");

            CliRun spaced = CliRun.Of("extract", project.Directory, "--cultures", "de fr");
            CliRun bad = CliRun.Of("extract", project.Directory, "--cultures", "de,../x");

            Assert.True(spaced.ExitCode == 0, spaced.ToString());
            Assert.True(File.Exists(project.Path("Resources/Messages.fr.resx")));
            Assert.False(File.Exists(project.Path("Resources/Messages.de fr.resx")));
            Assert.Equal(1, bad.ExitCode);
            Assert.Contains("error I18NB009", bad.Error, StringComparison.Ordinal);
            Assert.Contains("'../x', which is not a culture name", bad.Error, StringComparison.Ordinal);
            Assert.Equal(new[] { "Messages.de.resx", "Messages.fr.resx", "Messages.resx" },
                System.Linq.Enumerable.OrderBy(System.Linq.Enumerable.Select(Directory.GetFiles(project.Path("Resources")), Path.GetFileName), f => f, StringComparer.Ordinal));
        }

        [Fact]
        public void Extract_uses_the_project_files_settings_and_options_override_them()
        {
            using var project = new TempProject("<AssemblyName>Billing</AssemblyName>\n<I18nPrefix>$(AssemblyName)</I18nPrefix>\n<I18nResourceFolder>Strings</I18nResourceFolder>\n<I18nCultures>fr</I18nCultures>")
                .WithMessages("A.cs", "E100: One");

            Assert.Equal(0, CliRun.Of("extract", project.ProjectFile).ExitCode);
            Assert.Contains("Billing-E100", project.Read("Strings/Messages.resx"), StringComparison.Ordinal);
            Assert.True(File.Exists(project.Path("Strings/Messages.fr.resx")));

            Assert.Equal(0, CliRun.Of("extract", project.ProjectFile, "--prefix", "Other", "--resource-folder", "Res").ExitCode);
            Assert.Contains("Other-E100", project.Read("Res/Messages.resx"), StringComparison.Ordinal);
        }

        [Fact]
        public void Malformed_messages_are_warnings_in_the_compilers_format()
        {
            using var project = new TempProject().WithMessages("A.cs", "E100: Open {File", "E101: Fine");

            CliRun run = CliRun.Of("extract", project.Directory);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains(Path.Combine(project.Directory, "A.cs") + "(5,15): warning I18NB002:", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void An_unreadable_culture_file_is_an_error_with_its_line_and_is_left_untouched()
        {
            using var project = new TempProject().WithMessages("A.cs", "E100: One");
            const string broken = "<?xml version=\"1.0\"?>\n<root>\n  <data name=\"App-E100\" type=\"System.Int32\"><value>1</value></data>\n</root>\n";
            project.Write("Resources/Messages.de.resx", broken);

            CliRun run = CliRun.Of("extract", project.Directory);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("Messages.de.resx(3,", run.Error, StringComparison.Ordinal);
            Assert.Contains("error I18NB003", run.Error, StringComparison.Ordinal);
            Assert.Equal(broken, project.Read("Resources/Messages.de.resx"));
        }

        [Theory]
        [InlineData("no-such-folder", "no such file or folder")]
        [InlineData("App.txt", "expected a .csproj file or a folder")]
        public void Bad_paths_are_usage_errors(string path, string expected)
        {
            using var project = new TempProject();
            project.Write("App.txt", "x");

            CliRun run = CliRun.Of("extract", project.Path(path));

            Assert.Equal(2, run.ExitCode);
            Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void A_folder_with_two_projects_asks_which_one()
        {
            using var project = new TempProject();
            project.Write("Other.csproj", "<Project />");

            CliRun run = CliRun.Of("extract", project.Directory);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("holds 2 project files", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void A_property_only_a_build_can_evaluate_is_an_error_naming_its_line()
        {
            using var project = new TempProject("<I18nPrefix>$(SolutionName)</I18nPrefix>");

            CliRun run = CliRun.Of("extract", project.Directory);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("App.csproj(3,", run.Error, StringComparison.Ordinal);
            Assert.Contains("pass the value as an option", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void A_folder_of_projects_is_extracted_project_by_project()
        {
            using var root = new TempProject();
            root.Write("src/Billing/Billing.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><I18nCultures>de</I18nCultures></PropertyGroup></Project>\n");
            root.Write("src/Billing/Invoice.cs", "class I { void M() => Loc.X(\"E100: Invoice\"); }\n");
            root.Write("src/Payroll/Payroll.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
            root.Write("src/Payroll/Pay.cs", "class P { void M() => Loc.X(\"E200: Pay\"); }\n");
            root.Write("src/Payroll/Pages/Index.razor", "<h1>@Loc.T(\"E201: From Razor\")</h1>\n");
            root.Write("src/Empty/Empty.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><I18nCultures>de</I18nCultures></PropertyGroup></Project>\n");
            root.Write("src/Empty/Nothing.cs", "class N { }\n");

            CliRun run = CliRun.Of("extract", root.Path("src"));

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("Billing-E100", root.Read("src/Billing/Resources/Messages.resx"), StringComparison.Ordinal);
            Assert.DoesNotContain("E200", root.Read("src/Billing/Resources/Messages.resx"), StringComparison.Ordinal);
            Assert.Contains("Payroll-E201", root.Read("src/Payroll/Resources/Messages.resx"), StringComparison.Ordinal);
            Assert.False(Directory.Exists(root.Path("src/Empty/Resources"))); // no messages: no resource files
            Assert.False(File.Exists(root.Path("src/Resources/Messages.resx"))); // and none shared by all
            Assert.Contains("No messages in 1 files; no resource file written.", run.Output, StringComparison.Ordinal);
            Assert.Single(run.Output.Split('\n'), l => l.StartsWith("Resources/Messages.de.resx:", StringComparison.Ordinal)); // once
            Assert.Equal(2, CliRun.Of("xliff", "export", root.Path("src"), "--culture", "de").ExitCode); // one project needed there
        }
    }
}
