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
        public static LiteralExpressionSyntax? MessageLiteral(InvocationExpressionSyntax invocation) =>
            MessageArgument(invocation) is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal : null;

        /// <summary>The message argument of an X/T call: the first argument, unnamed or named <c>message</c>; else null.</summary>
        public static ExpressionSyntax? MessageArgument(InvocationExpressionSyntax invocation)
        {
            if (!IsMessageMethod(invocation) || invocation.ArgumentList.Arguments.Count == 0)
                return null;
            ArgumentSyntax first = invocation.ArgumentList.Arguments[0];
            return first.NameColon is null || first.NameColon.Name.Identifier.ValueText == "message" ? first.Expression : null;
        }

        /// <summary>
        /// Whether a message argument other than a literal may be a constant the build can fold: a name (<c>M</c>,
        /// <c>Texts.M</c>), a concatenation, an interpolated string, or such in parentheses.
        /// </summary>
        public static bool MayBeConstant(ExpressionSyntax expression) => expression switch
        {
            ParenthesizedExpressionSyntax parenthesized => parenthesized.Expression is LiteralExpressionSyntax || MayBeConstant(parenthesized.Expression),
            IdentifierNameSyntax => true,
            MemberAccessExpressionSyntax access => access.IsKind(SyntaxKind.SimpleMemberAccessExpression),
            BinaryExpressionSyntax binary => binary.IsKind(SyntaxKind.AddExpression),
            InterpolatedStringExpressionSyntax => true,
            _ => false,
        };

        /// <summary>
        /// The literal first argument of an indexer, <c>localizer["E131: …", args]</c> (or <c>localizer?[…]</c>), or null.
        /// An <c>IStringLocalizer</c>'s name is a message only when it starts with an ID: callers check that.
        /// </summary>
        public static LiteralExpressionSyntax? IndexerMessageLiteral(SyntaxNode node)
        {
            BracketedArgumentListSyntax? arguments = node switch
            {
                ElementAccessExpressionSyntax access => access.ArgumentList,
                ElementBindingExpressionSyntax binding => binding.ArgumentList,
                _ => null,
            };
            if (arguments is null || arguments.Arguments.Count == 0 || arguments.Arguments[0].NameColon is not null)
                return null;
            return arguments.Arguments[0].Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal : null;
        }

        /// <summary>
        /// The literal of an attribute argument that data annotations localize: <c>ErrorMessage = "E302: …"</c> (a
        /// validation attribute's) or <c>[Display(Name = "L306: …")]</c>; else null.
        /// </summary>
        public static LiteralExpressionSyntax? AttributeMessageLiteral(AttributeArgumentSyntax argument)
        {
            string? name = argument.NameEquals?.Name.Identifier.ValueText;
            if (name != "ErrorMessage" && !(name == "Name" && argument.Parent?.Parent is AttributeSyntax attribute && IsDisplay(attribute.Name)))
                return null;
            return argument.Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal : null;
        }

        private static bool IsDisplay(NameSyntax name)
        {
            string simple = name switch
            {
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                SimpleNameSyntax plain => plain.Identifier.ValueText,
                _ => string.Empty,
            };
            return simple == "Display" || simple == "DisplayAttribute";
        }

        /// <summary>Whether <paramref name="literal"/> is the message of an X/T call.</summary>
        public static bool IsMessageArgument(LiteralExpressionSyntax literal) =>
            literal.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }
            && MessageLiteral(invocation) == literal;
    }
}
