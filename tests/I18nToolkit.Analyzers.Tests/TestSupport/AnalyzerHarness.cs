using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using I18nToolkit.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace I18nToolkit.Analyzers.Tests.TestSupport
{
    /// <summary>
    /// Runs analyzers over C# sources the way the compiler does. Expected diagnostics are written in the source as
    /// <c>{|I18N0003:text|}</c>: the ID and the exact span; the harness strips the markup and compares.
    /// </summary>
    internal static class AnalyzerHarness
    {
        private static readonly Regex Markup = new Regex(@"\{\|(?<id>I18N\d{4}):(?<text>.*?)\|\}", RegexOptions.Singleline);

        public static readonly ImmutableArray<DiagnosticAnalyzer> AllAnalyzers = typeof(MessageIdAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

        public static IReadOnlyList<MetadataReference> References { get; } = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Concat(new[]
            {
                typeof(I18nToolkit.Localization.Localizer).Assembly.Location,
                typeof(I18nToolkit.Logging.SerilogLocalizedLogger).Assembly.Location,
                typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location,
                typeof(Microsoft.Extensions.Logging.LoggerFactory).Assembly.Location,
                typeof(Serilog.ILogger).Assembly.Location,
                typeof(Microsoft.Extensions.Localization.IStringLocalizer).Assembly.Location,
                typeof(Microsoft.AspNetCore.Mvc.Localization.IHtmlLocalizer).Assembly.Location,
                typeof(Microsoft.AspNetCore.Html.IHtmlContent).Assembly.Location,
            })
            .Distinct()
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();

        /// <summary>Removes <c>{|ID:text|}</c> markup and returns the plain source with the expected (ID, span) pairs.</summary>
        public static (string Source, List<(string Id, TextSpan Span)> Expected) Parse(string markup)
        {
            var expected = new List<(string, TextSpan)>();
            var source = new System.Text.StringBuilder();
            int last = 0;
            foreach (Match m in Markup.Matches(markup))
            {
                source.Append(markup, last, m.Index - last);
                expected.Add((m.Groups["id"].Value, new TextSpan(source.Length, m.Groups["text"].Length)));
                source.Append(m.Groups["text"].Value);
                last = m.Index + m.Length;
            }

            source.Append(markup, last, markup.Length - last);
            return (source.ToString(), expected);
        }

        public static CSharpCompilation Compile(params string[] sources) =>
            CSharpCompilation.Create("TestApp",
                sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest), path: $"File{i}.cs")),
                References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        public static async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, IEnumerable<DiagnosticAnalyzer>? analyzers = null,
            IDictionary<string, string>? buildProperties = null, IEnumerable<AdditionalText>? additionalFiles = null, List<Exception>? exceptions = null)
        {
            var thrown = exceptions ?? new List<Exception>();
            var options = new AnalyzerOptions(
                (additionalFiles ?? Enumerable.Empty<AdditionalText>()).ToImmutableArray(),
                new TestOptionsProvider(buildProperties ?? new Dictionary<string, string>()));
            var withAnalyzers = compilation.WithAnalyzers((analyzers ?? AllAnalyzers).ToImmutableArray(), new CompilationWithAnalyzersOptions(
                options, (e, _, _) => { lock (thrown) thrown.Add(e); }, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
            ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            if (exceptions is null)
                Assert.Empty(thrown);
            return diagnostics;
        }

        /// <summary>
        /// Compiles the markup, runs every analyzer, and checks that exactly the marked diagnostics of <paramref name="ids"/>
        /// appear, and no other diagnostic of the toolkit.
        /// </summary>
        public static async Task<ImmutableArray<Diagnostic>> VerifyAsync(string markup, string[] ids,
            IDictionary<string, string>? buildProperties = null, params AdditionalText[] additionalFiles)
        {
            var (source, expected) = Parse(markup);
            CSharpCompilation compilation = Compile(source);
            var compileErrors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(compileErrors.Count == 0, "The test source does not compile: " + string.Join("; ", compileErrors));

            ImmutableArray<Diagnostic> diagnostics = await RunAsync(compilation, buildProperties: buildProperties, additionalFiles: additionalFiles);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            // Every diagnostic of the toolkit counts, not only the rules under test: one a test did not expect (another
            // rule firing, or one without a location) fails it, so a rule that starts reporting too much is seen.
            var unexpected = diagnostics.Where(d => d.Id.StartsWith("I18N", StringComparison.Ordinal) && !ids.Contains(d.Id)).ToList();
            Assert.True(unexpected.Count == 0, "Unexpected diagnostics: " + string.Join("; ", unexpected));
            var unlocated = diagnostics.Where(d => ids.Contains(d.Id) && !d.Location.IsInSource).ToList();
            Assert.True(unlocated.Count == 0, "Diagnostics without a source location: " + string.Join("; ", unlocated));
            var actual = diagnostics.Where(d => ids.Contains(d.Id))
                .Select(d => (d.Id, d.Location.SourceSpan)).OrderBy(d => d.SourceSpan.Start).ToList();
            Assert.Equal(expected.OrderBy(e => e.Span.Start).Select(e => $"{e.Id}@{e.Span}: {source.Substring(e.Span.Start, e.Span.Length)}"),
                actual.Select(a => $"{a.Id}@{a.SourceSpan}: {source.Substring(a.SourceSpan.Start, a.SourceSpan.Length)}"));
            return diagnostics;
        }

        /// <summary>The usual preamble of a test source: a Localizer named Loc and the toolkit's namespaces.</summary>
        public const string Usings = @"using System;
using I18nToolkit.Localization;
using I18nToolkit.Logging;
using Microsoft.Extensions.Logging;
static class Messages { public static readonly Localizer Loc = new Localizer(""TestApp"", null); }
";

        private sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
        {
            private readonly TestOptions _global;

            public TestOptionsProvider(IDictionary<string, string> buildProperties)
            {
                _global = new TestOptions(buildProperties.ToDictionary(p => "build_property." + p.Key, p => p.Value));
            }

            public override AnalyzerConfigOptions GlobalOptions => _global;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptions.Empty;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => TestOptions.Empty;
        }

        private sealed class TestOptions : AnalyzerConfigOptions
        {
            public static readonly TestOptions Empty = new TestOptions(new Dictionary<string, string>());
            private readonly Dictionary<string, string> _values;

            public TestOptions(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
        }
    }

    /// <summary>An additional file (a translators' .resx) handed to the analyzers.</summary>
    internal sealed class TestAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public TestAdditionalText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
