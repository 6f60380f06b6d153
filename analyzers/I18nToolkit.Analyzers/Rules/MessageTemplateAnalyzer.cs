using System.Collections.Immutable;
using I18nToolkit.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace I18nToolkit.Analyzers.Rules
{
    /// <summary>I18N0003: the template after the ID must follow the hole grammar; the diagnostic sits on the offending character.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MessageTemplateAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.MalformedTemplate);

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
            if (!MessageCall.TryGet((IInvocationOperation)context.Operation, symbols, out MessageCall call) || call.Text is null)
                return;
            ParsedMessages.Outcome outcome = parsed.Parse(call.Text);
            if (!outcome.HasValidId || outcome.Definition is not null)
                return; // a bad ID is I18N0002's business
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MalformedTemplate,
                LiteralLocations.At(call.Message.Value.Syntax, outcome.Error!.Position), outcome.Error.Message));
        }
    }
}
