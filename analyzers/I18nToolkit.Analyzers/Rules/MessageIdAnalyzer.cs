using System.Collections.Immutable;
using I18nToolkit.Analyzers.Infrastructure;
using I18nToolkit.Grammar;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace I18nToolkit.Analyzers.Rules
{
    /// <summary>I18N0002: a message must start with an ID of the project's pattern and <c>": "</c>.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MessageIdAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.InvalidMessageId);

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
                start.RegisterOperationAction(c => Analyze(c, symbols, settings, parsed), OperationKind.Invocation);
            });
        }

        private static void Analyze(OperationAnalysisContext context, KnownSymbols symbols, AnalyzerSettings settings, ParsedMessages parsed)
        {
            if (!MessageCall.TryGet((IInvocationOperation)context.Operation, symbols, out MessageCall call) || call.Text is null)
                return;
            ParsedMessages.Outcome outcome = parsed.Parse(call.Text);
            if (outcome.HasValidId)
                return;
            MessageFormatError error = outcome.Error!;
            string problem = settings.PatternError is null ? error.Message : error.Message + " (" + settings.PatternError + "; the default pattern is used)";
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidMessageId,
                LiteralLocations.At(call.Message.Value.Syntax, error.Position), problem));
        }
    }
}
