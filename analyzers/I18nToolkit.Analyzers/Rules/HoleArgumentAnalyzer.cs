using System.Collections.Immutable;
using System.Linq;
using I18nToolkit.Analyzers.Infrastructure;
using I18nToolkit.Grammar;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace I18nToolkit.Analyzers.Rules
{
    /// <summary>
    /// I18N0004: as many arguments as the template takes: the highest index + 1 for positional holes, the number of
    /// distinct names for named ones. A hole without an argument would render as written; an extra argument is lost.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class HoleArgumentAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.HoleArgumentMismatch);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var symbols = KnownSymbols.For(start.Compilation);
                if (symbols.Localizer is null)
                    return;
                var settings = AnalyzerSettings.Read(start.Options, start.Compilation);
                var parsed = ParsedMessages.For(start.Compilation, settings);
                start.RegisterOperationAction(c => Analyze(c, symbols, parsed), OperationKind.Invocation);
            });
        }

        private static void Analyze(OperationAnalysisContext context, KnownSymbols symbols, ParsedMessages parsed)
        {
            if (!MessageCall.TryGet((IInvocationOperation)context.Operation, symbols, out MessageCall call) || call.Text is null || call.ArgumentCount is null)
                return;
            MessageDefinition? definition = parsed.Parse(call.Text).Definition;
            if (definition is null)
                return;
            MessageTemplate template = definition.Template;
            if (template.ArgumentCount == call.ArgumentCount)
                return;

            string holes = template.HoleNames.Count == 0 ? "no holes" : string.Join(", ", template.HoleNames.Select(n => "{" + n + "}"));
            Location location = call.Invocation.Syntax is InvocationExpressionSyntax invocation
                ? invocation.ArgumentList.GetLocation()
                : call.Invocation.Syntax.GetLocation();
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.HoleArgumentMismatch, location,
                definition.Id.Value, template.ArgumentCount, holes, call.ArgumentCount));
        }
    }
}
