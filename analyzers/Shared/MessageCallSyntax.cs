using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace I18nToolkit.Syntax
{
    /// <summary>
    /// Recognizes a message call by its shape: <c>something.X("E131: …", …)</c> or <c>T(…)</c> with a string literal first.
    /// Shared (as linked source) by the code fixes and the build's extractor, which work without a semantic model;
    /// the analyzers confirm the receiver is a Localizer.
    /// </summary>
    internal static class MessageCallSyntax
    {
        /// <summary>The method name of a call: <c>X</c> for <c>Loc.X(…)</c>, <c>loc?.X(…)</c>, <c>Loc.X&lt;int&gt;(…)</c> or <c>X(…)</c>.</summary>
        public static string? MethodName(InvocationExpressionSyntax invocation) => invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            IdentifierNameSyntax name => name.Identifier.ValueText,
            GenericNameSyntax generic => generic.Identifier.ValueText,
            _ => null,
        };

        /// <summary>Whether the call is named X or T.</summary>
        public static bool IsMessageMethod(InvocationExpressionSyntax invocation) => MethodName(invocation) is "X" or "T";

        /// <summary>The string literal passed first to an X/T call, or null.</summary>
        public static LiteralExpressionSyntax? MessageLiteral(InvocationExpressionSyntax invocation)
        {
            if (!IsMessageMethod(invocation) || invocation.ArgumentList.Arguments.Count == 0)
                return null;
            ArgumentSyntax first = invocation.ArgumentList.Arguments[0];
            if (first.NameColon is not null && first.NameColon.Name.Identifier.ValueText != "message")
                return null;
            return first.Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal : null;
        }

        /// <summary>Whether <paramref name="literal"/> is the message of an X/T call.</summary>
        public static bool IsMessageArgument(LiteralExpressionSyntax literal) =>
            literal.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }
            && MessageLiteral(invocation) == literal;
    }
}
