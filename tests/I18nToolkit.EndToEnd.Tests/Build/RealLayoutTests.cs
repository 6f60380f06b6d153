using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;
using I18nToolkit.EndToEnd.Tests.TestSupport;
using Xunit;

namespace I18nToolkit.EndToEnd.Tests.Build
{
    /// <summary>
    /// Projects laid out as users lay them out, built with <c>dotnet build</c> from the packed package: names that differ
    /// and change, messages written as constants and under <c>#if</c>, control characters, a Razor class library, and
    /// a translator saving while builds merge. Each shows German at run time or fails with a clear error, and loses no
    /// translation.
    /// </summary>
    [Trait("Category", "EndToEnd")]
    [Collection(PackedToolkitCollection.Name)]
    public class RealLayoutTests
    {
        private readonly PackedToolkit _toolkit;

        public RealLayoutTests(PackedToolkit toolkit) => _toolkit = toolkit;

        private static string ConsoleProject(string properties = "") => $@"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <I18nCultures>de</I18nCultures>
{properties}
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include=""I18nToolkit"" Version=""$(Toolkit)"" />
  </ItemGroup>
</Project>
";

        private const string Program = @"using System.Globalization;
using I18nToolkit.Localization;
Localizer.ProblemReported += (_, e) => System.Console.WriteLine(""PROBLEM "" + e.Kind + "": "" + e.Description);
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(args.Length > 0 ? args[0] : ""en-US"");
System.Console.WriteLine(Messages.Loc.T(""E131: Could not find files with pattern {Pattern}"", ""*.csv""));
internal static class Messages { public static readonly Localizer Loc = Localizer.ForAssembly(typeof(Messages).Assembly); }
";

        private static async Task<string> Build(TempProject project, string arguments = "")
        {
            var build = await DotNet.RunAsync("build -nologo " + arguments, project.Directory, TimeSpan.FromMinutes(4));
            Assert.True(build.ExitCode == 0, build.Output + build.Error);
            return build.Output;
        }

        private static async Task<string> Run(TempProject project, string arguments)
        {
            var run = await DotNet.RunAsync("run --no-build " + arguments, project.Directory);
            Assert.True(run.ExitCode == 0, run.Output + run.Error);
            return run.Output;
        }

        // .resx readers (MSBuild's, .NET's, the toolkit's) accept control characters as references such as &#x7;: so do these.
        private static XDocument Load(string resx, LoadOptions options = LoadOptions.None)
        {
            using var reader = System.Xml.XmlReader.Create(resx, new System.Xml.XmlReaderSettings { CheckCharacters = false });
            return XDocument.Load(reader, options);
        }

        private static XElement Entry(string resx, string key) =>
            Load(resx).Root!.Elements("data").Single(d => (string?)d.Attribute("name") == key);

        private static void Translate(string resx, string key, string value)
        {
            XDocument document = Load(resx, LoadOptions.PreserveWhitespace);
            document.Root!.Elements("data").Single(d => (string?)d.Attribute("name") == key).Element("value")!.Value = value;
            using var writer = System.Xml.XmlWriter.Create(resx, new System.Xml.XmlWriterSettings { CheckCharacters = false, Encoding = new System.Text.UTF8Encoding(false) });
            document.Save(writer);
        }

        [Fact]
        public async Task A_root_namespace_other_than_the_assembly_name_a_renamed_assembly_and_a_set_prefix_all_speak_german()
        {
            // RootNamespace != AssemblyName, as in most real solutions: the SDK names the resources after RootNamespace.
            using TempProject project = _toolkit.CreateProject("Worker", ConsoleProject(
                "    <AssemblyName>Contoso.Worker</AssemblyName>\n    <RootNamespace>Contoso.Payroll</RootNamespace>"));
            project.Write("Program.cs", Program);
            string german = Path.Combine(project.Directory, "Resources", "Messages.de.resx");

            await Build(project);
            Translate(german, "Contoso.Worker-E131", "Keine Dateien mit Muster {Pattern} gefunden");
            await Build(project);
            string run = await Run(project, "-- de-DE");
            Assert.Contains("E131: Keine Dateien mit Muster *.csv gefunden", run, StringComparison.Ordinal);
            Assert.DoesNotContain("PROBLEM", run, StringComparison.Ordinal);

            // The assembly is renamed: the translation moves to the new prefix, and is still used.
            project.Write("Worker.csproj", File.ReadAllText(Path.Combine(project.Directory, "Worker.csproj"))
                .Replace("<AssemblyName>Contoso.Worker</AssemblyName>", "<AssemblyName>Contoso.Payroll.Worker</AssemblyName>", StringComparison.Ordinal));
            string renamed = await Build(project);
            Assert.Contains("moved from prefix 'Contoso.Worker'", renamed, StringComparison.Ordinal);
            Assert.Equal("Keine Dateien mit Muster {Pattern} gefunden", (string?)Entry(german, "Contoso.Payroll.Worker-E131").Element("value"));
            Assert.DoesNotContain("\"Contoso.Worker-", File.ReadAllText(german), StringComparison.Ordinal);
            Assert.Contains("E131: Keine Dateien mit Muster *.csv gefunden", await Run(project, "-- de-DE"), StringComparison.Ordinal);

            // I18nPrefix set in Directory.Build.props (an imported file, not the project): generation runs, the prefix moves.
            project.Write("Directory.Build.props", "<Project>\n  <PropertyGroup>\n    <I18nPrefix>PAY</I18nPrefix>\n  </PropertyGroup>\n</Project>\n");
            await Build(project);
            Assert.Equal("Keine Dateien mit Muster {Pattern} gefunden", (string?)Entry(german, "PAY-E131").Element("value"));
            run = await Run(project, "-- de-DE");
            Assert.Contains("E131: Keine Dateien mit Muster *.csv gefunden", run, StringComparison.Ordinal);
            Assert.DoesNotContain("PROBLEM", run, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Resources_the_runtime_cannot_find_are_reported_not_english_in_silence()
        {
            // Built with the package, then looked up under a wrong name: the run says so once, naming what is there.
            using TempProject project = _toolkit.CreateProject("Lookup", ConsoleProject("    <RootNamespace>Contoso.Lookup</RootNamespace>"));
            project.Write("Program.cs", Program.Replace("Localizer.ForAssembly(typeof(Messages).Assembly)", "Localizer.ForAssembly(typeof(Messages).Assembly, \"Lookup.Resources.Messages\")", StringComparison.Ordinal));

            await Build(project);
            string run = await Run(project, "-- de-DE");

            Assert.Contains("PROBLEM ResourcesNotFound: The resources 'Lookup.Resources.Messages' of 'Lookup' were not found in assembly Lookup (it holds 'Contoso.Lookup.Resources.Messages')", run, StringComparison.Ordinal);

            // Where the build can tell, it warns: a culture file that cannot become a satellite, a neutral file not embedded.
            project.Write("Resources/Messages.xx-Bogus.resx", File.ReadAllText(Path.Combine(project.Directory, "Resources", "Messages.de.resx")));
            project.Write("Directory.Build.targets", "<Project>\n  <Target Name=\"DropNeutral\" AfterTargets=\"I18nGenerateMessageResources\">\n    <ItemGroup>\n      <EmbeddedResource Remove=\"Resources/Messages.resx\" />\n    </ItemGroup>\n  </Target>\n</Project>\n");
            string warned = await Build(project);
            Assert.Contains("Messages.xx-Bogus.resx : warning I18NB006: 'Messages.xx-Bogus.resx' does not name a culture this build knows", warned, StringComparison.Ordinal);
            Assert.Contains("Messages.resx : warning I18NB005: Resources/Messages.resx is not an embedded resource of this project", warned, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_project_without_messages_gets_no_resource_files()
        {
            using TempProject project = _toolkit.CreateProject("Plain", ConsoleProject());
            project.Write("Program.cs", "System.Console.WriteLine(\"no messages yet\");\n");

            await Build(project);

            Assert.False(Directory.Exists(Path.Combine(project.Directory, "Resources")));
            Assert.Contains("no messages yet", await Run(project, string.Empty), StringComparison.Ordinal);
        }

        [Fact]
        public async Task Constant_messages_every_conditional_branch_and_control_characters_are_translated_in_every_configuration()
        {
            using TempProject project = _toolkit.CreateProject("Forms", ConsoleProject());
            project.Write("Texts.cs", @"namespace Forms;
internal static class Texts
{
    public const string Prefix = ""E14"";
    public const string NotFound = ""E140: Could not find {Name}"";
    public const string Bell = ""E160: Bell \u0007 for {Name}"";
}
");
            project.Write("Program.cs", @"using System.Globalization;
using I18nToolkit.Localization;
using Forms;
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(args.Length > 0 ? args[0] : ""en-US"");
var loc = Localizer.ForAssembly(typeof(Texts).Assembly);
System.Console.WriteLine(loc.T(Texts.NotFound, ""Ada""));
System.Console.WriteLine(loc.T(Texts.Prefix + ""1: Joined for {Name}"", ""Ada""));
System.Console.WriteLine(loc.T($""{Texts.Prefix}2: Interpolated constant""));
#if DEBUG
System.Console.WriteLine(loc.T(""E150: Debug build""));
#else
System.Console.WriteLine(loc.T(""E151: Release build""));
#endif
#if NET8_0_OR_GREATER
System.Console.WriteLine(loc.T(""E152: Modern runtime""));
#endif
System.Console.WriteLine(loc.T(Texts.Bell, ""Ada"").Replace(""\u0007"", ""<BEL>""));
");
            string german = Path.Combine(project.Directory, "Resources", "Messages.de.resx");

            await Build(project); // Debug: the Release branch is extracted too
            var translations = new Dictionary<string, string>
            {
                ["Forms-E140"] = "Nicht gefunden: {Name}",
                ["Forms-E141"] = "Verbunden für {Name}",
                ["Forms-E142"] = "Konstant eingesetzt",
                ["Forms-E150"] = "Debug-Build",
                ["Forms-E151"] = "Release-Build",
                ["Forms-E152"] = "Moderne Laufzeit",
                ["Forms-E160"] = "Glocke \u0007 für {Name}",
            };
            Assert.Equal(translations.Keys.OrderBy(k => k), Load(german).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).OrderBy(k => k));
            foreach (var translation in translations)
                Translate(german, translation.Key, translation.Value);

            await Build(project);
            string debug = await Run(project, "-- de-DE");
            await Build(project, "-c Release");
            string release = await Run(project, "-c Release -- de-DE");

            foreach (string output in new[] { debug, release })
            {
                Assert.Contains("E140: Nicht gefunden: Ada", output, StringComparison.Ordinal);
                Assert.Contains("E141: Verbunden für Ada", output, StringComparison.Ordinal);
                Assert.Contains("E142: Konstant eingesetzt", output, StringComparison.Ordinal);
                Assert.Contains("E152: Moderne Laufzeit", output, StringComparison.Ordinal);
                Assert.Contains("E160: Glocke <BEL> für Ada", output, StringComparison.Ordinal);
            }

            Assert.Contains("E150: Debug-Build", debug, StringComparison.Ordinal);
            Assert.Contains("E151: Release-Build", release, StringComparison.Ordinal);
            Assert.Contains("Glocke &#x7; für {Name}", File.ReadAllText(german), StringComparison.Ordinal); // and the file is XML the merge keeps
        }

        [Fact]
        public async Task A_razor_class_library_has_its_messages_extracted_checked_and_rendered_in_german()
        {
            using var root = new TempProject("razor");
            _toolkit.WriteNuGetConfig(root);
            _toolkit.CreateProject("Payslips", $@"<Project Sdk=""Microsoft.NET.Sdk.Razor"">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <I18nCultures>de</I18nCultures>
  </PropertyGroup>
  <ItemGroup>
    <FrameworkReference Include=""Microsoft.AspNetCore.App"" />
    <PackageReference Include=""I18nToolkit"" Version=""$(Toolkit)"" />
  </ItemGroup>
</Project>
", inside: root, folder: "Payslips");
            root.Write("Payslips/Messages.cs", "using I18nToolkit.Localization;\nnamespace Payslips;\npublic static class Messages { public static readonly Localizer Loc = Localizer.ForAssembly(typeof(Messages).Assembly); }\n");
            root.Write("Payslips/_Imports.razor", "@using static Payslips.Messages\n");
            root.Write("Payslips/Payslip.razor", @"<h1>@Loc.T(""E170: Payslip for {Name}"", Name)</h1>
@if (Amount > 0)
{
    <p title=""@Loc.T(""E171: Net amount"")"">@Amount</p>
}
<footer>@Footer</footer>

@code {
    [Parameter] public string Name { get; set; } = """";
    [Parameter] public decimal Amount { get; set; }
    private string Footer => Loc.T(""missing an ID"");
}
");
            _toolkit.CreateProject("App", $@"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <FrameworkReference Include=""Microsoft.AspNetCore.App"" />
    <ProjectReference Include=""../Payslips/Payslips.csproj"" />
  </ItemGroup>
</Project>
", inside: root, folder: "App");
            root.Write("App/Program.cs", @"using System.Collections.Generic;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(args[0]);
var services = new ServiceCollection().AddLogging().BuildServiceProvider();
await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
string html = await renderer.Dispatcher.InvokeAsync(async () =>
    (await renderer.RenderComponentAsync<Payslips.Payslip>(ParameterView.FromDictionary(new Dictionary<string, object?> { [""Name""] = ""Ada"", [""Amount""] = 1500m }))).ToHtmlString());
System.Console.WriteLine(html);
");
            string app = Path.Combine(root.Directory, "App");

            // The analyzers see Razor's code: the message without an ID fails the build at its line in the .razor file.
            var broken = await DotNet.RunAsync("build -nologo", app, TimeSpan.FromMinutes(4));
            Assert.NotEqual(0, broken.ExitCode);
            Assert.Contains("Payslip.razor(11,", broken.Output, StringComparison.Ordinal);
            Assert.Contains("error I18N0002", broken.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("I18NB002", broken.Output, StringComparison.Ordinal); // one diagnostic per defect

            root.Write("Payslips/Payslip.razor", File.ReadAllText(Path.Combine(root.Directory, "Payslips/Payslip.razor")).Replace("\"missing an ID\"", "\"E172: Generated by payroll\"", StringComparison.Ordinal));
            var first = await DotNet.RunAsync("build -nologo", app, TimeSpan.FromMinutes(4));
            Assert.True(first.ExitCode == 0, first.Output + first.Error);
            string german = Path.Combine(root.Directory, "Payslips", "Resources", "Messages.de.resx");
            Assert.Contains("Used at Payslip.razor:1.", (string?)Entry(Path.Combine(root.Directory, "Payslips", "Resources", "Messages.resx"), "Payslips-E170").Element("comment"));
            Translate(german, "Payslips-E170", "Gehaltsabrechnung für {Name}");
            Translate(german, "Payslips-E171", "Nettobetrag");
            Translate(german, "Payslips-E172", "Erstellt von der Lohnbuchhaltung");

            var second = await DotNet.RunAsync("build -nologo", app, TimeSpan.FromMinutes(4));
            Assert.True(second.ExitCode == 0, second.Output + second.Error);
            var run = await DotNet.RunAsync("run --no-build -- de-DE", app);

            Assert.True(run.ExitCode == 0, run.Output + run.Error);
            string html = System.Net.WebUtility.HtmlDecode(run.Output);
            Assert.Contains("<h1>E170: Gehaltsabrechnung für Ada</h1>", html, StringComparison.Ordinal);
            Assert.Contains("title=\"E171: Nettobetrag\"", html, StringComparison.Ordinal);
            Assert.Contains("<footer>E172: Erstellt von der Lohnbuchhaltung</footer>", html, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_translator_saving_while_builds_merge_loses_no_edit()
        {
            using TempProject project = _toolkit.CreateProject("Busy", ConsoleProject());
            string Source(int build) => Program.Replace("internal static class Messages",
                string.Concat(Enumerable.Range(200, 60).Select(i => $"System.Console.WriteLine(Messages.Loc.T(\"I{i}: Message number {i}\"));\n")) + $"// build {build}\ninternal static class Messages", StringComparison.Ordinal);
            project.Write("Program.cs", Source(-1));
            string german = Path.Combine(project.Directory, "Resources", "Messages.de.resx");
            await Build(project);

            // The translator saves one entry after another (each save by rename, as editors do) while builds run.
            var saved = new Dictionary<string, string>();
            using var stop = new CancellationTokenSource();
            Task translator = Task.Run(async () =>
            {
                for (int round = 0; !stop.IsCancellationRequested; round++)
                {
                    for (int i = 200; i < 260 && !stop.IsCancellationRequested; i++)
                    {
                        string value = $"Nachricht {i}, Runde {round}";
                        for (int attempt = 0; ; attempt++)
                        {
                            try
                            {
                                XDocument document = XDocument.Parse(File.ReadAllText(german), LoadOptions.PreserveWhitespace);
                                document.Root!.Elements("data").Single(d => (string?)d.Attribute("name") == $"Busy-I{i}").Element("value")!.Value = value;
                                string temp = german + ".swp";
                                File.WriteAllText(temp, document.Declaration + "\n" + document.Root.ToString(SaveOptions.DisableFormatting) + "\n");
                                File.Move(temp, german, overwrite: true);
                                break;
                            }
                            catch (Exception e) when ((e is IOException || e is System.Xml.XmlException) && attempt < 50)
                            {
                                await Task.Delay(5);
                            }
                        }

                        lock (saved)
                            saved[$"Busy-I{i}"] = value;
                        await Task.Delay(15);
                    }
                }
            });

            for (int build = 0; build < 4; build++)
            {
                project.Write("Program.cs", Source(build)); // a code change: every build extracts and merges
                await Build(project, "--no-restore");
            }

            stop.Cancel();
            await translator;
            await Build(project, "--no-restore");

            var values = XDocument.Load(german).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value"));
            Assert.True(saved.Count >= 50, $"only {saved.Count} entries saved");
            foreach (var translation in saved)
                Assert.Equal(translation.Value, values[translation.Key]);
        }
    }
}
