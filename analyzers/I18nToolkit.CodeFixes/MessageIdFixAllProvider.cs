using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using I18nToolkit.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace I18nToolkit.CodeFixes
{
    /// <summary>
    /// Fix All for the fixes that assign message IDs. The default batch fixer computes each fix against the original
    /// solution, which would give every message the same "next" ID; this one walks the documents in order with one
    /// allocator per project, so every message gets its own.
    /// </summary>
    internal sealed class MessageIdFixAllProvider : FixAllProvider
    {
        public static readonly MessageIdFixAllProvider Instance = new MessageIdFixAllProvider();

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
            new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override Task<CodeAction?> GetFixAsync(FixAllContext context)
        {
            string title = context.CodeActionEquivalenceKey == LocalizeLogCallCodeFixProvider.EquivalenceKey
                ? "Log localized messages"
                : "Add message IDs";
            return Task.FromResult<CodeAction?>(CodeAction.Create(title, ct => FixAllAsync(context, ct), context.CodeActionEquivalenceKey));
        }

        private static async Task<Solution> FixAllAsync(FixAllContext context, CancellationToken cancellation)
        {
            IEnumerable<Project> projects = context.Scope switch
            {
                FixAllScope.Solution => context.Solution.Projects,
                _ => new[] { context.Project },
            };

            Solution solution = context.Solution;
            foreach (Project project in projects)
            {
                MessageIdAllocator ids = await MessageIdAllocator.CreateAsync(project, cancellation).ConfigureAwait(false);
                IEnumerable<Document> documents = context.Scope == FixAllScope.Document && context.Document is not null
                    ? new[] { context.Document }
                    : project.Documents.OrderBy(d => d.FilePath ?? d.Name, System.StringComparer.Ordinal);
                foreach (Document document in documents)
                {
                    ImmutableArray<Diagnostic> diagnostics = await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
                    Diagnostic[] mine = diagnostics.Where(d => context.DiagnosticIds.Contains(d.Id)).ToArray();
                    if (mine.Length == 0)
                        continue;
                    Document current = solution.GetDocument(document.Id)!;
                    Document fixedDocument = context.CodeActionEquivalenceKey == LocalizeLogCallCodeFixProvider.EquivalenceKey
                        ? await LocalizeLogCallCodeFixProvider.FixDocumentAsync(current, mine, ids, cancellation).ConfigureAwait(false)
                        : await AddMessageIdCodeFixProvider.FixDocumentAsync(current, mine, ids, cancellation).ConfigureAwait(false);
                    solution = fixedDocument.Project.Solution;
                }
            }

            return solution;
        }
    }
}
