extern alias build;
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using static I18nToolkit.Analyzers.Tests.TestSupport.AnalyzerHarness;
using Extraction = build::I18nToolkit.Build.Extraction;
using IdPattern = build::I18nToolkit.Grammar.MessageIdPattern;

namespace I18nToolkit.Analyzers.Tests.Robustness
{
    /// <summary>
    /// The analyzers and the build agree on what a message is: over the same sources, the messages the analyzers accept
    /// (constant, well formed, no I18N0001/I18N0013) are exactly the messages the build extracts.
    /// </summary>
    public sealed class AnalyzerExtractorAgreementTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "i18n-agree-" + Guid.NewGuid().ToString("N"));

        public AnalyzerExtractorAgreementTests() => Directory.CreateDirectory(_folder);

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private static readonly string[] Sources =
        {
            Usings,
            @"namespace App
{
    public static class Texts
    {
        public const string NotFound = ""E200: Could not find {Name}"";
        public const string Id = ""E201"";
        public const string Base = ""E202: Import"";
        public const string Derived = Base + "" failed for {Name}"";
        public const string Borrowed = ""E203: Type "" + System.Net.Mime.MediaTypeNames.Text.Plain;
    }
}",
            @"using static App.Texts;
namespace App
{
    class Use
    {
        const string Field = ""E204: Field constant"";
        static string NotConstant = ""E205: Not constant"";
        void M(string n, string variable)
        {
            const string local = ""E206: Local constant"";
            Messages.Loc.T(""E207: Literal {Name}"", n);
            Messages.Loc.T(Texts.NotFound, n);
            Messages.Loc.T(""E208: Joined "" + ""literals"");
            Messages.Loc.T($""{Id}: Interpolated constant"");
            Messages.Loc.T(Derived, n);
            Messages.Loc.T(Field);
            Messages.Loc.T(local);
            Messages.Loc.T((""E209: Parenthesized""));
            Messages.Loc.T(message: ""E210: Named"");
            Messages.Loc.T(variable);
            Messages.Loc.T(NotConstant);
            Messages.Loc.T(Borrowed);
            Messages.Loc.T(""E211: "" + System.Net.Mime.MediaTypeNames.Text.Html);
            Messages.Loc.T(nameof(Use) + "": E212"");
            Messages.Loc.T($""E213: Run-time {n}"");
#if DEBUG
            Messages.Loc.T(""E214: Debug only"");
#endif
        }
    }
}",
        };

        /// <summary>The sources compiled (they must compile) and the spans of the messages the analyzers refuse.</summary>
        private static async Task<(CSharpCompilation Compilation, List<Microsoft.CodeAnalysis.Text.TextSpan> Refused)> CompileAsync(string[] sources)
        {
            CSharpCompilation compilation = Compile(sources);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var diagnostics = await RunAsync(compilation);
            return (compilation, diagnostics.Where(d => d.Id is "I18N0001" or "I18N0002" or "I18N0003" or "I18N0013").Select(d => d.Location.SourceSpan).ToList());
        }

        [Fact]
        public async Task The_analyzers_accept_exactly_the_messages_the_build_extracts()
        {
            var (compilation, refused) = await CompileAsync(Sources);

            var accepted = new SortedSet<string>(StringComparer.Ordinal);
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                SemanticModel model = compilation.GetSemanticModel(tree);
                foreach (InvocationExpressionSyntax call in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
                {
                    if (model.GetSymbolInfo(call).Symbol is not IMethodSymbol { Name: "X" or "T", ContainingType.Name: "Localizer" })
                        continue;
                    ExpressionSyntax message = call.ArgumentList.Arguments[0].Expression;
                    if (model.GetConstantValue(message) is { HasValue: true, Value: string text } && !refused.Any(r => r.IntersectsWith(message.Span)))
                        accepted.Add(text);
                }
            }

            var extractor = new Extraction.SourceMessageExtractor(IdPattern.Default);
            var files = Sources.Select((s, i) => (FullPath: Path.Combine(_folder, $"File{i}.cs"), ProjectPath: $"File{i}.cs")).ToList();
            for (int i = 0; i < files.Count; i++)
                File.WriteAllText(files[i].FullPath, Sources[i]);
            var found = files.Select(f => extractor.Extract(f.ProjectPath, File.ReadAllText(f.FullPath))).ToList();
            var extracted = new SortedSet<string>(Extraction.ConstantFolder.Fold(files, found, extractor).SelectMany(f => f.Messages).Select(m => m.Definition.Text), StringComparer.Ordinal);

            // E214 is live only in Debug: the analyzers of this (Release-like) compilation do not see it; the build does, by design.
            extracted.Remove("E214: Debug only");
            Assert.Equal(string.Join("\n", accepted), string.Join("\n", extracted));
            Assert.Equal(9, accepted.Count); // E200-E210 but E203 and E205 (another assembly, not constant)
        }

        private static readonly string[] NamedSources =
        {
            "using System.ComponentModel.DataAnnotations;\nusing Microsoft.Extensions.Localization;\n" + Usings,
            @"using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
namespace App
{
    class Payslip
    {
        const string Constant = ""E320: A constant"";

        [Required(ErrorMessage = ""E321: The {0} field is required"")]
        [Display(Name = ""L322: Employee"")]
        public string? Employee { get; set; }

        [Range(1, 9, ErrorMessage = ""E323: Broken {0"")]
        [Display(Name = ""Plain"", Description = ""E324: not a localized text"")]
        public int Hours { get; set; }

        void M(IStringLocalizer<Payslip> localizer, IStringLocalizer plain, string key, System.Collections.Generic.Dictionary<string, string> map)
        {
            _ = localizer[""E325: Found {Name}"", key];
            _ = plain?[""E326: Conditional""];
            _ = localizer[""Plain name""];
            _ = localizer[key];
            _ = localizer[Constant];
            _ = localizer[@""E327: Verbatim""];
            var nested = new[] { localizer[""E328: In an array""] };
#if DEBUG
            _ = localizer[""E329: Debug only""];
#endif
        }
    }
}",
        };

        [Fact]
        public async Task Indexer_names_and_annotation_texts_the_analyzers_accept_are_exactly_those_the_build_extracts()
        {
            var (compilation, refused) = await CompileAsync(NamedSources);

            var accepted = new SortedSet<string>(StringComparer.Ordinal);
            var pattern = IdPattern.Default;
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                SemanticModel model = compilation.GetSemanticModel(tree);
                foreach (SyntaxNode node in tree.GetRoot().DescendantNodes())
                {
                    ExpressionSyntax? message = node switch
                    {
                        ElementAccessExpressionSyntax a when model.GetTypeInfo(a.Expression).Type?.Name == "IStringLocalizer" => a.ArgumentList.Arguments[0].Expression,
                        ConditionalAccessExpressionSyntax c when c.WhenNotNull is ElementBindingExpressionSyntax b => b.ArgumentList.Arguments[0].Expression,
                        AttributeArgumentSyntax { NameEquals.Name.Identifier.ValueText: "ErrorMessage" or "Name" } arg => arg.Expression,
                        _ => null,
                    };
                    if (message is not null && model.GetConstantValue(message) is { HasValue: true, Value: string text }
                        && build::I18nToolkit.Grammar.MessageDefinition.TryReadId(text, pattern, out _, out _)
                        && !refused.Any(r => r.IntersectsWith(message.Span)))
                        accepted.Add(text);
                }
            }

            var extractor = new Extraction.SourceMessageExtractor(pattern);
            var extracted = new SortedSet<string>(NamedSources.Select((s, i) => extractor.Extract($"Named{i}.cs", s)).SelectMany(f => f.Messages).Select(m => m.Definition.Text), StringComparer.Ordinal);

            extracted.Remove("E329: Debug only"); // live only in Debug, as above
            Assert.Equal(string.Join("\n", accepted), string.Join("\n", extracted));
            Assert.Equal(new[] { "E321: The {0} field is required", "E325: Found {Name}", "E326: Conditional", "E327: Verbatim", "E328: In an array", "L322: Employee" }, accepted);
        }
    }
}
