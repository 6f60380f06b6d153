using System.Collections.Immutable;
using I18nToolkit.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace I18nToolkit.Analyzers.Rules
{
    /// <summary>I18N0001: the message passed to a Localizer must be a compile-time constant, or the build cannot extract it.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NonConstantMessageAnalyzer : MessageRuleAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.NonConstantMessage);

        private protected override void AnalyzeMessage(OperationAnalysisContext context, MessageCall call, MessageRuleContext rule)
        {
            if (call.Text is not null)
                return;
            IOperation value = call.MessageValue;
            while (value is IConversionOperation conversion)
                value = conversion.Operand;
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NonConstantMessage, call.MessageSyntax.GetLocation(),
                call.Site, Describe(value)));
        }

        private static string Describe(IOperation value) => value switch
        {
            IInterpolatedStringOperation => "an interpolated string with run-time values",
            IBinaryOperation => "a concatenation of run-time values",
            ILocalReferenceOperation local => $"the variable '{local.Local.Name}'",
            IParameterReferenceOperation parameter => $"the parameter '{parameter.Parameter.Name}'",
            IFieldReferenceOperation field => $"the non-constant field '{field.Field.Name}'",
            IPropertyReferenceOperation property => $"the property '{property.Property.Name}'",
            IInvocationOperation invocation => $"the result of '{invocation.TargetMethod.Name}()'",
            _ => "an expression evaluated at run time",
        };
    }
}
