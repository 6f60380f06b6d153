using System.Collections.Immutable;
using I18nToolkit.Analyzers.Infrastructure;
using I18nToolkit.Grammar;
using I18nToolkit.Grammar.Translations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace I18nToolkit.Analyzers.Rules
{
    /// <summary>
    /// I18N0003: the template after the ID must follow the hole grammar; the diagnostic sits on the offending character.
    /// I18N0015: the code's plurals must have English's CLDR categories (<c>one</c> and <c>other</c>), as the code's text is English.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MessageTemplateAnalyzer : MessageRuleAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.MalformedTemplate, DiagnosticDescriptors.SourcePluralCategories);

        private protected override void AnalyzeMessage(OperationAnalysisContext context, MessageCall call, MessageRuleContext rule)
        {
            if (call.Text is null)
                return;
            ParsedMessages.Outcome outcome = rule.Parsed.Parse(call.Text);
            if (outcome.Definition is { } definition)
            {
                if (ChoiceRules.DescribeCategoryProblems(definition.Template, Grammar.Plurals.PluralRules.SourceLanguage) is { } problem)
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SourcePluralCategories,
                        LiteralLocations.At(call.MessageValue.Syntax, FirstChoice(definition.Template)), problem));
                return;
            }

            if (!outcome.HasValidId)
                return; // a bad ID is I18N0002's business
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MalformedTemplate,
                LiteralLocations.At(call.MessageValue.Syntax, outcome.Error!.Position), outcome.Error.Message));
        }
    

        private static int FirstChoice(MessageTemplate template)
        {
            foreach (MessageHole hole in template.Holes)
            {
                if (hole.Choice is not null)
                    return hole.Position;
            }

            return 0;
        }
    }
}
