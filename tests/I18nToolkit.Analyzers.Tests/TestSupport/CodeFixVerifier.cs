using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace I18nToolkit.Analyzers.Tests.TestSupport
{
    /// <summary>
    /// The standard Roslyn harness (Microsoft.CodeAnalysis.CSharp.CodeFix.Testing) for the toolkit's code fixes: the
    /// source with <c>{|I18N0006:…|}</c> markup must report exactly those diagnostics of the analyzer, the fix must turn
    /// it into the fixed source, which must compile and report nothing more; Fix All is run in every scope and
    /// must give the same result.
    /// </summary>
    internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        public static Task VerifyAsync(string source, string fixedSource, IDictionary<string, string>? buildProperties = null, int? iterations = null,
            params string[] additionalSources)
        {
            var test = new Test { TestCode = source, FixedCode = fixedSource };
            foreach (string extra in additionalSources)
            {
                test.TestState.Sources.Add(extra);
                test.FixedState.Sources.Add(extra);
            }

            if (buildProperties is not null)
            {
                string config = "is_global = true\n" + string.Concat(buildProperties.Select(p => $"build_property.{p.Key} = {p.Value}\n"));
                test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", config));
            }

            if (iterations is int n)
            {
                test.NumberOfIncrementalIterations = n;
                test.NumberOfFixAllIterations = 1;
            }

            return test.RunAsync(CancellationToken.None);
        }

        private sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            public Test()
            {
                // The machine's own framework and the toolkit's assemblies, as the other tests compile against:
                // no reference packages to download.
                ReferenceAssemblies = new ReferenceAssemblies("net10.0");
                TestState.AdditionalReferences.AddRange(AnalyzerHarness.References);
            }

            protected override ParseOptions CreateParseOptions() =>
                ((Microsoft.CodeAnalysis.CSharp.CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest);
        }
    }
}
