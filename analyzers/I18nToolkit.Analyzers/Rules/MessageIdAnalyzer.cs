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
    public sealed class MessageIdAnalyzer : MessageRuleAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.InvalidMessageId);

        private protected override void AnalyzeMessage(OperationAnalysisContext context, MessageCall call, MessageRuleContext rule)
        {
            if (call.Text is null)
                return;
            AnalyzerSettings settings = rule.Settings;
            ParsedMessages.Outcome outcome = rule.Parsed.Parse(call.Text);
            if (outcome.HasValidId)
                return;
            MessageFormatError error = outcome.Error!;
            string problem = settings.PatternError is null ? error.Message : error.Message + " (" + settings.PatternError + "; the default pattern is used)";
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidMessageId,
                LiteralLocations.At(call.MessageValue.Syntax, error.Position), problem));
        }
    }
}
