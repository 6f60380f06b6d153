using System.Collections.Immutable;
using I18nToolkit.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace I18nToolkit.Analyzers.Rules
{
    /// <summary>I18N0003: the template after the ID must follow the hole grammar; the diagnostic sits on the offending character.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MessageTemplateAnalyzer : MessageRuleAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.MalformedTemplate);

        private protected override void AnalyzeMessage(OperationAnalysisContext context, MessageCall call, MessageRuleContext rule)
        {
            if (call.Text is null)
                return;
            ParsedMessages.Outcome outcome = rule.Parsed.Parse(call.Text);
            if (!outcome.HasValidId || outcome.Definition is not null)
                return; // a bad ID is I18N0002's business
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MalformedTemplate,
                LiteralLocations.At(call.Message.Value.Syntax, outcome.Error!.Position), outcome.Error.Message));
        }
    }
}
