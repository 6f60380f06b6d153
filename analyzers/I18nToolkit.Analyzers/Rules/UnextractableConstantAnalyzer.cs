using System.Collections.Immutable;
using System.Linq;
using I18nToolkit.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace I18nToolkit.Analyzers.Rules
{
    /// <summary>
    /// I18N0013: a message that is a constant the build cannot read. The build extracts literals and folds constants
    /// built from literals and constants declared in this project (<c>const</c> fields and locals, concatenations,
    /// constant interpolated strings); it compiles the project against the core library alone, so a constant of another
    /// assembly, or <c>nameof</c>, would never reach the translators. This rule and the build's folding agree on exactly
    /// that set (a test holds them to it).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnextractableConstantAnalyzer : MessageRuleAnalyzer
    {
        private const int MaxDepth = 64;

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnextractableConstant);

        private protected override void AnalyzeMessage(OperationAnalysisContext context, MessageCall call, MessageRuleContext rule)
        {
            if (call.Text is null || call.MessageValue.Syntax is LiteralExpressionSyntax)
                return; // not constant (I18N0001), or a literal: extracted as written
            if (call.LiteralOnly)
            {
                // An indexer's or attribute's message is read where it is written; folding those sites would compile the
                // project for every dictionary[key] it has.
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnextractableConstant, call.MessageSyntax.GetLocation(),
                    $"the build reads the message of {Describe(call.Site)} as a literal only; write the text here"));
                return;
            }
            if (WhyNot(call.MessageValue, context.Compilation, 0) is { } reason)
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnextractableConstant, call.MessageSyntax.GetLocation(), reason));
        }

        private static string Describe(string site) => site.StartsWith("an ", System.StringComparison.Ordinal) ? site : site + " =";

        /// <summary>Why the build cannot fold this constant expression, or null when it can.</summary>
        private static string? WhyNot(IOperation operation, Compilation compilation, int depth)
        {
            if (depth > MaxDepth)
                return "its constants refer to each other too deeply";
            switch (operation)
            {
                case ILiteralOperation:
                    return null;
                case IConversionOperation conversion:
                    return WhyNot(conversion.Operand, compilation, depth + 1);
                case IParenthesizedOperation parenthesized:
                    return WhyNot(parenthesized.Operand, compilation, depth + 1);
                case IBinaryOperation binary when binary.OperatorKind == BinaryOperatorKind.Add:
                    return WhyNot(binary.LeftOperand, compilation, depth + 1) ?? WhyNot(binary.RightOperand, compilation, depth + 1);
                case IInterpolatedStringOperation interpolated:
                    foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
                    {
                        if (part is IInterpolationOperation hole && WhyNot(hole.Expression, compilation, depth + 1) is { } inHole)
                            return inHole;
                    }

                    return null;
                case IFieldReferenceOperation field:
                    return WhyNotConstant(field.Field, field.Field.ContainingType?.Name + "." + field.Field.Name, compilation, depth);
                case ILocalReferenceOperation local:
                    return WhyNotConstant(local.Local, local.Local.Name, compilation, depth);
                case INameOfOperation:
                    return "nameof(...) is resolved by the compiler only; write the name as text";
                default:
                    return "the build reads literals and constants of this project only";
            }
        }

        private static string? WhyNotConstant(ISymbol symbol, string name, Compilation compilation, int depth)
        {
            if (!SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, compilation.Assembly))
                return $"the constant {name} comes from {symbol.ContainingAssembly?.Name ?? "another assembly"}, which the build does not read; write the text here, or as a constant of this project";
            var declarator = symbol.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() as VariableDeclaratorSyntax;
            if (declarator?.Initializer?.Value is not { } value)
                return $"the constant {name} has no initializer the build can read";

            // The constant's own initializer, in whatever file it is: its parts must be foldable too.
#pragma warning disable RS1030 // Only for message arguments that are not literals (rare), and only the declaring tree's model.
            SemanticModel model = compilation.GetSemanticModel(value.SyntaxTree);
#pragma warning restore RS1030
            return model.GetOperation(value) is { } initializer ? WhyNot(initializer, compilation, depth + 1) : $"the constant {name} cannot be read";
        }
    }
}
