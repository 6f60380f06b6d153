using System.Collections.Immutable;
using I18nToolkit.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace I18nToolkit.Analyzers.Rules
{
    /// <summary>
    /// I18N0007 (strict projects): <c>throw new SomeException("literal text")</c>. An exception message reaches
    /// operators and logs; a localized exception carries an ID and reads in the reader's language.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LiteralExceptionMessageAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.LiteralExceptionMessage);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            // Generated code is left alone, but for Razor's output: that is code a person wrote in a Razor file.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (!AnalyzerSettings.Read(start.Options, start.Compilation).StrictLogging)
                    return;
                var symbols = KnownSymbols.For(start.Compilation);
                if (symbols.Exception is null)
                    return;
                start.RegisterOperationAction(c =>
                {
                    if (RazorCode.IsUsersCode(c.IsGeneratedCode, c.Operation.Syntax.SyntaxTree))
                        Analyze(c, symbols);
                }, OperationKind.Throw);
            });
        }

        private static void Analyze(OperationAnalysisContext context, KnownSymbols symbols)
        {
            IOperation? thrown = ((IThrowOperation)context.Operation).Exception;
            while (thrown is IConversionOperation conversion)
                thrown = conversion.Operand;
            if (thrown is not IObjectCreationOperation creation || creation.Constructor is null)
                return;
            INamedTypeSymbol type = creation.Constructor.ContainingType;
            if (!KnownSymbols.DerivesFrom(type, symbols.Exception!)
                || (symbols.LocalizedException is not null && KnownSymbols.DerivesFrom(type, symbols.LocalizedException)))
                return;

            foreach (IArgumentOperation argument in creation.Arguments)
            {
                if (argument.Parameter?.Type.SpecialType == SpecialType.System_String && argument.Parameter.Name == "message"
                    && argument.Value.ConstantValue is { HasValue: true, Value: string })
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LiteralExceptionMessage, argument.Syntax.GetLocation(), type.Name));
                    return;
                }
            }
        }
    }
}
