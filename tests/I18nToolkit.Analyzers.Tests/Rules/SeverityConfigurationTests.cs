using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using I18nToolkit.Analyzers.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace I18nToolkit.Analyzers.Tests.Rules
{
    /// <summary>Severities follow the project's configuration (what <c>dotnet_diagnostic.ID.severity</c> in .editorconfig sets).</summary>
    public class SeverityConfigurationTests
    {
        [Fact]
        public async Task A_rule_can_be_raised_lowered_or_turned_off()
        {
            string source = AnalyzerHarness.Usings + @"class C { void M(string s) { Messages.Loc.X(s); Messages.Loc.X(""E100: {A}""); } }";
            CSharpCompilation compilation = AnalyzerHarness.Compile(source);
            compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                ["I18N0001"] = ReportDiagnostic.Warn,
                ["I18N0004"] = ReportDiagnostic.Suppress,
            }));

            var diagnostics = await AnalyzerHarness.RunAsync(compilation);

            Assert.Equal(DiagnosticSeverity.Warning, diagnostics.Single(d => d.Id == "I18N0001").Severity);
            Assert.DoesNotContain(diagnostics, d => d.Id == "I18N0004");
        }

        [Fact]
        public void Every_rule_has_a_help_page_and_a_release_entry()
        {
            string root = System.AppContext.BaseDirectory;
            while (!System.IO.File.Exists(System.IO.Path.Combine(root, "I18nToolkit.sln")))
                root = System.IO.Path.GetDirectoryName(root)!;
            string unshipped = System.IO.File.ReadAllText(System.IO.Path.Combine(root, "analyzers/I18nToolkit.Analyzers/AnalyzerReleases.Unshipped.md"));
            foreach (var descriptor in AnalyzerHarness.AllAnalyzers.SelectMany(a => a.SupportedDiagnostics).Distinct())
            {
                // Absolute, under the repository the build names (Directory.Build.props RepositoryUrl): the IDE's
                // "more info" must work for a package user, who has no repository checkout.
                string repository = System.Text.RegularExpressions.Regex.Match(System.IO.File.ReadAllText(System.IO.Path.Combine(root, "Directory.Build.props")),
                    "<RepositoryUrl>(?<url>[^<]+)</RepositoryUrl>").Groups["url"].Value;
                Assert.StartsWith("https://", repository);
                Assert.Equal($"{repository}/blob/main/docs/rules/{descriptor.Id}.md", descriptor.HelpLinkUri);
                Assert.True(System.IO.File.Exists(System.IO.Path.Combine(root, "docs", "rules", descriptor.Id + ".md")), descriptor.Id + " has no help page");
                Assert.Contains(descriptor.Id + " |", unshipped);
            }
        }
    }
}
