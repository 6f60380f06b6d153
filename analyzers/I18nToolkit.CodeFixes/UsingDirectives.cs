using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace I18nToolkit.CodeFixes
{
    /// <summary>Adds a using directive to a file when it lacks one.</summary>
    internal static class UsingDirectives
    {
        public static SyntaxNode Ensure(SyntaxNode root, string? ns)
        {
            if (ns is null || root is not CompilationUnitSyntax unit)
                return root;
            bool present = unit.Usings.Any(u => u.Name?.ToString() == ns)
                || unit.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().Any(n => n.Usings.Any(u => u.Name?.ToString() == ns));
            if (present)
                return root;
            UsingDirectiveSyntax directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(ns)).NormalizeWhitespace()
                .WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed);
            return unit.AddUsings(directive);
        }
    }
}
