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
    public sealed class HoleArgumentAnalyzer : MessageRuleAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.HoleArgumentMismatch);

        private protected override void AnalyzeMessage(OperationAnalysisContext context, MessageCall call, MessageRuleContext rule)
        {
            if (call.Text is null || call.ArgumentCount is null)
                return;
            MessageDefinition? definition = rule.Parsed.Parse(call.Text).Definition;
            if (definition is null)
                return;
            MessageTemplate template = definition.Template;
            if (template.ArgumentCount == call.ArgumentCount)
                return;

            string holes = template.HoleNames.Count == 0 ? "no holes" : string.Join(", ", template.HoleNames.Select(n => "{" + n + "}"));
            Location location = call.Operation.Syntax switch
            {
                InvocationExpressionSyntax invocation => invocation.ArgumentList.GetLocation(),
                ElementAccessExpressionSyntax access => access.ArgumentList.GetLocation(),
                _ => call.Operation.Syntax.GetLocation(),
            };
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.HoleArgumentMismatch, location,
                definition.Id.Value, template.ArgumentCount, holes, call.ArgumentCount));
        }
    }
}
