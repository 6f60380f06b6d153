using I18nToolkit.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace I18nToolkit.Analyzers
{
    /// <summary>
    /// The base of the rules about messages passed to a Localizer: resolves the symbols, reads the project's settings and
    /// shares one parse per message, once per compilation, and hands each Localizer call to <see cref="AnalyzeMessage"/>.
    /// A compilation that does not reference the toolkit costs nothing.
    /// </summary>
    public abstract class MessageRuleAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public sealed override void Initialize(AnalysisContext context)
        {
            // Generated code too: a Localizer call there was written by a person in a Razor file (or made by a generator
            // from their messages), and a message is held to the same rules wherever it is.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var symbols = KnownSymbols.For(start.Compilation);
                if (symbols.Localizer is null)
                    return;
                var settings = AnalyzerSettings.Read(start.Options, start.Compilation);
                var rule = new MessageRuleContext(symbols, settings, ParsedMessages.For(start.Compilation, settings));
                if (ShouldRun(start.Options, settings))
                    OnCompilationStart(start, rule);
            });
        }

        /// <summary>Whether the rule has work in this compilation (for example, translation files to read).</summary>
        private protected virtual bool ShouldRun(AnalyzerOptions options, AnalyzerSettings settings) => true;

        /// <summary>Registers the rule's actions; by default, <see cref="AnalyzeMessage"/> for every message.</summary>
        private protected virtual void OnCompilationStart(CompilationStartAnalysisContext start, MessageRuleContext rule) =>
            RegisterMessageAction(start, rule, (c, call) => AnalyzeMessage(c, call, rule));

        /// <summary>
        /// Calls <paramref name="action"/> for every message of the compilation: Localizer calls, IStringLocalizer
        /// indexers and data-annotation texts (<see cref="MessageCall"/>).
        /// </summary>
        private protected static void RegisterMessageAction(CompilationStartAnalysisContext start, MessageRuleContext rule, System.Action<OperationAnalysisContext, MessageCall> action)
        {
            start.RegisterOperationAction(c =>
            {
                if (MessageCall.TryGet(c.Operation, rule, out MessageCall call))
                    action(c, call);
            }, OperationKind.Invocation, OperationKind.PropertyReference);
            if (rule.Symbols.ValidationAttribute is null && rule.Symbols.DisplayAttribute is null)
                return;
            start.RegisterOperationAction(c =>
            {
                foreach (MessageCall call in MessageCall.InAttribute((IAttributeOperation)c.Operation, rule))
                    action(c, call);
            }, OperationKind.Attribute);
        }

        /// <summary>Checks one Localizer call.</summary>
        private protected virtual void AnalyzeMessage(OperationAnalysisContext context, MessageCall call, MessageRuleContext rule)
        {
        }
    }
}
