using System;
using System.Collections.Generic;
using System.Globalization;
using I18nToolkit.Localization;
using I18nToolkit.Tests.TestSupport;
using Xunit;

namespace I18nToolkit.Tests.Localization
{
    /// <summary>Localizer.ForAssembly uses what the build stamped into the assembly; what it cannot find, it says.</summary>
    [Collection(nameof(ProblemReportedCollection))]
    public class StampedSettingsTests
    {
        private const string E131 = "E131: Could not find {Pattern}";

        private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Resources(string baseName, string key) =>
            new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                [baseName + ".resources"] = new Dictionary<string, string> { [key] = "Could not find {Pattern}" },
                [baseName + ".de.resources:de"] = new Dictionary<string, string> { [key] = "Nicht gefunden: {Pattern}" },
            };

        [Fact]
        public void A_root_namespace_other_than_the_assembly_name_and_a_set_prefix_are_found_through_the_stamp()
        {
            // As the SDK names them: RootNamespace "Contoso.Payroll", assembly "Contoso.Worker", I18nPrefix "PAY".
            using var built = BuiltAssembly.Create("Contoso.Worker",
                "[assembly: System.Reflection.AssemblyMetadata(\"I18nToolkit.Prefix\", \"PAY\")]\n" +
                "[assembly: System.Reflection.AssemblyMetadata(\"I18nToolkit.ResourceBaseName\", \"Contoso.Payroll.Resources.Messages\")]\n" +
                "[assembly: System.Reflection.AssemblyMetadata(\"I18nToolkit.IdPattern\", \"[A-Z]{2}[0-9]{2}\")]\n",
                Resources("Contoso.Payroll.Resources.Messages", "PAY-AB12"));
            var problems = Capture(() =>
            {
                Localizer loc = Localizer.ForAssembly(built.Assembly);

                Assert.Equal("PAY", loc.Prefix);
                Assert.Equal("[A-Z]{2}[0-9]{2}", loc.IdPattern.Pattern);
                Assert.Equal("Contoso.Payroll.Resources.Messages", loc.Resources!.BaseName);
                Assert.Equal("AB12: Nicht gefunden: *.csv", loc.X("AB12: Could not find {Pattern}", "*.csv").ToString(CultureInfo.GetCultureInfo("de-DE")));
            });

            Assert.Empty(problems);
        }

        [Fact]
        public void Without_a_stamp_the_assembly_name_is_the_prefix_and_resources_not_found_are_reported_once_naming_what_is_there()
        {
            // Built without the package: the SDK named the resources after RootNamespace, which the default cannot guess.
            using var built = BuiltAssembly.Create("Contoso.Worker", "class C { }", Resources("Contoso.Payroll.Resources.Messages", "Contoso.Worker-E131"));
            Localizer loc = Localizer.ForAssembly(built.Assembly);
            var problems = Capture(() =>
            {
                Assert.Equal("E131: Could not find *.csv", loc.X(E131, "*.csv").ToString(CultureInfo.GetCultureInfo("de-DE")));
                Assert.Equal("E132: Other", loc.X("E132: Other").ToString(CultureInfo.GetCultureInfo("fr")));
            });

            LocalizationProblemEventArgs problem = Assert.Single(problems);
            Assert.Equal(LocalizationProblemKind.ResourcesNotFound, problem.Kind);
            Assert.Null(problem.Culture);
            Assert.Contains("'Contoso.Worker.Resources.Messages' of 'Contoso.Worker' were not found in assembly Contoso.Worker (it holds 'Contoso.Payroll.Resources.Messages')", problem.Description, StringComparison.Ordinal);
        }

        [Fact]
        public void An_explicit_base_name_and_options_override_the_stamp()
        {
            using var built = BuiltAssembly.Create("App",
                "[assembly: System.Reflection.AssemblyMetadata(\"I18nToolkit.ResourceBaseName\", \"Wrong.Name\")]\n" +
                "[assembly: System.Reflection.AssemblyMetadata(\"I18nToolkit.IdPattern\", \"[A-Z]{2}[0-9]{2}\")]\n",
                Resources("App.Strings", "App-E131"));

            Localizer loc = Localizer.ForAssembly(built.Assembly, "App.Strings", new LocalizerOptions { IdPattern = I18nToolkit.Grammar.MessageIdPattern.Default });

            Assert.Equal(I18nToolkit.Grammar.MessageIdPattern.Default, loc.IdPattern);
            Assert.Equal("E131: Nicht gefunden: x", loc.X(E131, "x").ToString(CultureInfo.GetCultureInfo("de")));
        }

        private static List<LocalizationProblemEventArgs> Capture(Action action)
        {
            var problems = new List<LocalizationProblemEventArgs>();
            EventHandler<LocalizationProblemEventArgs> handler = (_, e) => problems.Add(e);
            Localizer.ProblemReported += handler;
            try
            {
                action();
            }
            finally
            {
                Localizer.ProblemReported -= handler;
            }

            return problems;
        }
    }
}
