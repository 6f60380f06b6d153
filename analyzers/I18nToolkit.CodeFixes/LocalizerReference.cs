using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace I18nToolkit.CodeFixes
{
    /// <summary>Finds the project's Localizer (a static field or property, preferably named <c>Loc</c>) and writes a reference to it.</summary>
    internal static class LocalizerReference
    {
        public static ExpressionSyntax? Find(Compilation compilation)
        {
            INamedTypeSymbol? localizer = compilation.GetTypeByMetadataName("I18nToolkit.Localization.Localizer");
            if (localizer is null)
                return null;

            ISymbol? best = compilation.GetSymbolsWithName(_ => true, SymbolFilter.Member)
                .Where(s => s.IsStatic && s is IFieldSymbol or IPropertySymbol && IsLocalizer(TypeOf(s), localizer))
                .OrderBy(s => s.Name == "Loc" ? 0 : 1)
                .ThenBy(s => s.ToDisplayString(), System.StringComparer.Ordinal)
                .FirstOrDefault();
            if (best is null)
                return null;

            // Fully qualified and marked for the simplifier, which shortens it to what the file's usings allow.
            string name = best.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + best.Name;
            return SyntaxFactory.ParseExpression(name).WithAdditionalAnnotations(Simplifier.Annotation);
        }

        private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
        {
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            _ => null,
        };

        private static bool IsLocalizer(ITypeSymbol? type, INamedTypeSymbol localizer)
        {
            for (ITypeSymbol? t = type; t is not null; t = t.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(t, localizer))
                    return true;
            }

            return false;
        }
    }
}
