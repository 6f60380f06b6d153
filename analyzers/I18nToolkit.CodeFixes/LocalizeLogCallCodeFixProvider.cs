using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using I18nToolkit.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace I18nToolkit.CodeFixes
{
    /// <summary>I18N0006: turns a plain-string log call into the localized logger's call, with the next free message ID.</summary>
    [ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(LocalizeLogCallCodeFixProvider)), Shared]
    public sealed class LocalizeLogCallCodeFixProvider : CodeFixProvider
    {
        internal const string EquivalenceKey = DiagnosticIds.PlainStringLogCall + ".Localize";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.PlainStringLogCall);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => MessageIdFixAllProvider.Instance;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null || LocalizerReference.Find(model.Compilation) is null)
                return;
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                // Offered only where it can act: a computed message needs a person to write its template.
                if (FindCall(root, diagnostic) is not { } call || !LogCallRewriter.CanRewrite(call, model))
                    continue;
                context.RegisterCodeFix(CodeAction.Create("Log a localized message",
                    ct => FixDocumentAsync(context.Document, new[] { diagnostic }, null, ct), EquivalenceKey), diagnostic);
            }
        }

        internal static InvocationExpressionSyntax? FindCall(SyntaxNode root, Diagnostic diagnostic) =>
            root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault();

        /// <summary>Fixes the given diagnostics of one document, taking IDs from <paramref name="ids"/> (a fresh allocator when null).</summary>
        internal static async Task<Document> FixDocumentAsync(Document document, Diagnostic[] diagnostics, MessageIdAllocator? ids, CancellationToken cancellation)
        {
            SyntaxNode root = (await document.GetSyntaxRootAsync(cancellation).ConfigureAwait(false))!;
            SemanticModel model = (await document.GetSemanticModelAsync(cancellation).ConfigureAwait(false))!;
            ids ??= await MessageIdAllocator.CreateAsync(document.Project, cancellation).ConfigureAwait(false);
            ExpressionSyntax? localizer = LocalizerReference.Find(model.Compilation);
            if (localizer is null)
                return document;

            var replacements = new System.Collections.Generic.Dictionary<SyntaxNode, SyntaxNode>();
            string? ns = null;
            foreach (Diagnostic diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
            {
                InvocationExpressionSyntax? call = FindCall(root, diagnostic);
                if (call is null || replacements.ContainsKey(call))
                    continue;
                InvocationExpressionSyntax? rewritten = LogCallRewriter.Rewrite(call, model, ids, localizer, out string? required);
                if (rewritten is null)
                    continue;
                replacements[call] = rewritten;
                ns ??= required;
            }

            SyntaxNode newRoot = root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
            newRoot = UsingDirectives.Ensure(newRoot, ns);
            return await Finish(document.WithSyntaxRoot(newRoot), cancellation).ConfigureAwait(false);
        }

        internal static async Task<Document> Finish(Document document, CancellationToken cancellation)
        {
            document = await Microsoft.CodeAnalysis.Simplification.Simplifier.ReduceAsync(document, cancellationToken: cancellation).ConfigureAwait(false);
            return await Microsoft.CodeAnalysis.Formatting.Formatter.FormatAsync(document, Microsoft.CodeAnalysis.Formatting.Formatter.Annotation, cancellationToken: cancellation).ConfigureAwait(false);
        }
    }
}
