using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using I18nToolkit.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using I18nToolkit.Syntax;

namespace I18nToolkit.CodeFixes
{
    /// <summary>
    /// I18N0002: puts the next free ID in front of a message that has none (<c>"Could not find"</c> becomes
    /// <c>"E132: Could not find"</c>). The letter follows the log level the message is written at (E, W, else I).
    /// A message that starts with a malformed ID is left to a person.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMessageIdCodeFixProvider)), Shared]
    public sealed class AddMessageIdCodeFixProvider : CodeFixProvider
    {
        internal const string EquivalenceKey = DiagnosticIds.InvalidMessageId + ".AddId";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.InvalidMessageId);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => MessageIdFixAllProvider.Instance;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
                return;
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (FindLiteral(root, diagnostic) is null)
                    continue;
                context.RegisterCodeFix(CodeAction.Create("Add a message ID",
                    ct => FixDocumentAsync(context.Document, new[] { diagnostic }, null, ct), EquivalenceKey), diagnostic);
            }
        }

        internal static LiteralExpressionSyntax? FindLiteral(SyntaxNode root, Diagnostic diagnostic)
        {
            var literal = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                .AncestorsAndSelf().OfType<LiteralExpressionSyntax>().FirstOrDefault();
            if (literal is null || !literal.IsKind(SyntaxKind.StringLiteralExpression))
                return null;
            string value = literal.Token.ValueText;
            // "E12: text" or "E131 text" start with an attempt at an ID: which one was meant is for a person to say.
            int i = 0;
            while (i < value.Length && char.IsLetterOrDigit(value[i]))
                i++;
            bool looksLikeId = i > 0 && i < value.Length && value[i] == ':' && value.Substring(0, i).Any(char.IsDigit);
            return looksLikeId || diagnostic.Location.SourceSpan.Start > literal.Token.SpanStart + 3 ? null : literal;
        }

        internal static async Task<Document> FixDocumentAsync(Document document, Diagnostic[] diagnostics, MessageIdAllocator? ids, CancellationToken cancellation)
        {
            SyntaxNode root = (await document.GetSyntaxRootAsync(cancellation).ConfigureAwait(false))!;
            ids ??= await MessageIdAllocator.CreateAsync(document.Project, cancellation).ConfigureAwait(false);
            var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
            foreach (Diagnostic diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
            {
                LiteralExpressionSyntax? literal = FindLiteral(root, diagnostic);
                if (literal is null || replacements.ContainsKey(literal))
                    continue;
                string? id = ids.Next(Letter(literal));
                if (id is not null)
                    replacements[literal] = LiteralRewriter.Prepend(literal, id + ": ");
            }

            return document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
        }

        private static char Letter(SyntaxNode literal)
        {
            foreach (var call in literal.Ancestors().OfType<InvocationExpressionSyntax>())
            {
                switch (MessageCallSyntax.MethodName(call))
                {
                    case "Error":
                    case "Critical":
                        return 'E';
                    case "Warn":
                        return 'W';
                    case "Trace":
                    case "Debug":
                    case "Info":
                        return 'I';
                }
            }

            return literal.Ancestors().OfType<ThrowExpressionSyntax>().Any() || literal.Ancestors().OfType<ThrowStatementSyntax>().Any() ? 'E' : 'I';
        }
    }
}
