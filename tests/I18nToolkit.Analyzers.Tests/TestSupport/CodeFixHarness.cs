using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace I18nToolkit.Analyzers.Tests.TestSupport
{
    /// <summary>Applies code fixes in an AdhocWorkspace, as an IDE does, and returns the fixed sources.</summary>
    internal sealed class CodeFixHarness : IDisposable
    {
        private readonly AdhocWorkspace _workspace = new AdhocWorkspace();

        public Solution Solution => _workspace.CurrentSolution;

        /// <summary>Adds a project with the given files; <paramref name="buildProperties"/> become a global analyzer config.</summary>
        public Project AddProject(string name, IDictionary<string, string>? buildProperties, params string[] sources)
        {
            ProjectId id = ProjectId.CreateNewId();
            Solution solution = _workspace.CurrentSolution
                .AddProject(ProjectInfo.Create(id, VersionStamp.Default, name, name, LanguageNames.CSharp,
                    compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                    parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                    metadataReferences: AnalyzerHarness.References));
            for (int i = 0; i < sources.Length; i++)
                solution = solution.AddDocument(DocumentId.CreateNewId(id), $"File{i}.cs", SourceText.From(sources[i]), filePath: $"/{name}/File{i}.cs");
            if (buildProperties is not null)
            {
                string config = "is_global = true\n" + string.Concat(buildProperties.Select(p => $"build_property.{p.Key} = {p.Value}\n"));
                solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(id), ".globalconfig", SourceText.From(config), filePath: $"/{name}/.globalconfig");
            }

            _workspace.TryApplyChanges(solution);
            return _workspace.CurrentSolution.GetProject(id)!;
        }

        public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project, params string[] ids)
        {
            Compilation compilation = (await project.GetCompilationAsync())!;
            var all = await compilation.WithAnalyzers(AnalyzerHarness.AllAnalyzers, project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
            return all.Where(d => ids.Contains(d.Id)).OrderBy(d => d.Location.SourceTree?.FilePath).ThenBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
        }

        /// <summary>Applies the fix <paramref name="provider"/> offers for the first <paramref name="id"/> diagnostic; null when none is offered.</summary>
        public async Task<Solution?> FixFirstAsync(Project project, CodeFixProvider provider, string id)
        {
            Diagnostic diagnostic = (await DiagnosticsAsync(project, id)).First();
            Document document = project.GetDocument(diagnostic.Location.SourceTree)!;
            var actions = new List<CodeAction>();
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None));
            return actions.Count == 0 ? null : await ApplyAsync(actions[0]);
        }

        /// <summary>Runs the provider's Fix All in <paramref name="scope"/>, starting from <paramref name="document"/>.</summary>
        public async Task<Solution> FixAllAsync(Document document, CodeFixProvider provider, string id, string equivalenceKey, FixAllScope scope)
        {
            var context = new FixAllContext(document, provider, scope, equivalenceKey, new[] { id }, new Provider(id), CancellationToken.None);
            CodeAction action = (await provider.GetFixAllProvider()!.GetFixAsync(context))!;
            return await ApplyAsync(action);
        }

        private static async Task<Solution> ApplyAsync(CodeAction action)
        {
            var operations = await action.GetOperationsAsync(CancellationToken.None);
            return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        }

        public void Dispose() => _workspace.Dispose();

        private sealed class Provider : FixAllContext.DiagnosticProvider
        {
            private readonly string _id;

            public Provider(string id) => _id = id;

            public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
                (await DiagnosticsAsync(document.Project, _id)).Where(d => d.Location.SourceTree == document.GetSyntaxTreeAsync(cancellationToken).Result);

            public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                (await DiagnosticsAsync(project, _id)).Where(d => !d.Location.IsInSource);

            public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                await DiagnosticsAsync(project, _id);
        }
    }
}
