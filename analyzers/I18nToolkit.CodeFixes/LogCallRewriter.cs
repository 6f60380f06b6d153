using System.Collections.Generic;
using System.Linq;
using I18nToolkit.Analyzers.Infrastructure;
using I18nToolkit.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace I18nToolkit.CodeFixes
{
    /// <summary>
    /// Rewrites a plain-string log call into the localized one:
    /// <c>logger.LogError(ex, "Failed for {Pattern}", p)</c> becomes
    /// <c>logger.Localized().Error(Loc.X("E101: Failed for {Pattern}", p), ex)</c>. The message gets the next free ID
    /// (letter by level: E for errors, W for warnings, I otherwise); arguments are kept; an explicit EventId is dropped,
    /// since the message ID becomes the event ID.
    /// </summary>
    internal static class LogCallRewriter
    {
        /// <summary>
        /// Whether <see cref="Rewrite"/> can act on the call: a plain-string log call whose message is a literal (or
        /// literals joined with <c>+</c>), with its level known for <c>Log(level, …)</c>. The fix is offered only then.
        /// </summary>
        public static bool CanRewrite(InvocationExpressionSyntax call, SemanticModel model)
        {
            if (model.GetOperation(call) is not IInvocationOperation invocation || call.Expression is not MemberAccessExpressionSyntax)
                return false;
            string? level = PlainStringLogCallAnalyzer.LocalizedLevel(invocation, KnownSymbols.For(model.Compilation));
            if (level is null || MessageArgument(invocation) is not { } message || MessageLiteral(message) is null)
                return false;
            return level != "Log" || invocation.Arguments.Any(a => a.Parameter?.Name is "logLevel" or "level" && !a.IsImplicit);
        }

        private static IArgumentOperation? MessageArgument(IInvocationOperation invocation) =>
            invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name is "message" or "messageTemplate" or "state");

        /// <summary>The message as one string literal: the literal itself, or literals joined with <c>+</c> made one.</summary>
        private static LiteralExpressionSyntax? MessageLiteral(IArgumentOperation message)
        {
            ExpressionSyntax syntax = message.Value.Syntax as ExpressionSyntax ?? ((ArgumentSyntax)message.Syntax).Expression;
            if (syntax is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
                return literal;
            if (syntax is BinaryExpressionSyntax && OnlyLiterals(syntax) && message.Value.ConstantValue is { HasValue: true, Value: string text })
                return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text));
            return null;
        }

        private static bool OnlyLiterals(ExpressionSyntax expression) => expression switch
        {
            LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.StringLiteralExpression),
            ParenthesizedExpressionSyntax parenthesized => OnlyLiterals(parenthesized.Expression),
            BinaryExpressionSyntax binary => binary.IsKind(SyntaxKind.AddExpression) && OnlyLiterals(binary.Left) && OnlyLiterals(binary.Right),
            _ => false,
        };

        public static InvocationExpressionSyntax? Rewrite(InvocationExpressionSyntax call, SemanticModel model, MessageIdAllocator ids,
            ExpressionSyntax localizer, out string? requiredNamespace)
        {
            requiredNamespace = null;
            if (model.GetOperation(call) is not IInvocationOperation invocation || call.Expression is not MemberAccessExpressionSyntax access)
                return null;
            var symbols = KnownSymbols.For(model.Compilation);
            string? level = PlainStringLogCallAnalyzer.LocalizedLevel(invocation, symbols);
            if (level is null)
                return null;

            IArgumentOperation? message = MessageArgument(invocation);
            if (message is null || MessageLiteral(message) is not { } literal)
                return null; // only literal messages: an interpolated or computed one needs a person to write its template

            ExpressionSyntax? exception = null;
            ExpressionSyntax? logLevel = null;
            var holes = new List<ArgumentSyntax>();
            foreach (IArgumentOperation argument in invocation.Arguments.OrderBy(a => a.Syntax.SpanStart))
            {
                string? name = argument.Parameter?.Name;
                if (argument == message || argument.IsImplicit && argument.ArgumentKind == ArgumentKind.DefaultValue)
                    continue;
                if (name == "exception")
                    exception = ((ArgumentSyntax)argument.Syntax).Expression;
                else if (name == "logLevel" || name == "level")
                    logLevel = ((ArgumentSyntax)argument.Syntax).Expression;
                else if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } init })
                    holes.AddRange(init.ElementValues.Select(v => SyntaxFactory.Argument(((ExpressionSyntax)v.Syntax).WithoutTrivia())));
                else if (name is "args" or "propertyValues" || name?.StartsWith("propertyValue", System.StringComparison.Ordinal) == true)
                    holes.Add(SyntaxFactory.Argument(((ArgumentSyntax)argument.Syntax).Expression.WithoutTrivia()));
                // eventId, formatter and the like are dropped
            }

            string? id = ids.Next(PlainStringLogCallAnalyzer.IdLetter(PlainStringLogCallAnalyzer.LevelRank(invocation, level)));
            if (id is null)
                return null;

            ExpressionSyntax receiver = access.Expression.WithoutTrivia();
            if (symbols.SerilogLog is not null && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, symbols.SerilogLog))
                receiver = SyntaxFactory.ParseExpression("global::Serilog.Log.Logger").WithAdditionalAnnotations(Microsoft.CodeAnalysis.Simplification.Simplifier.Annotation);
            bool serilog = invocation.TargetMethod.ContainingNamespace?.ToDisplayString() == "Serilog";
            requiredNamespace = serilog ? "Serilog" : "I18nToolkit.Logging";

            var x = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, localizer, SyntaxFactory.IdentifierName("X")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(
                    new[] { SyntaxFactory.Argument(LiteralRewriter.Prepend(literal.WithoutTrivia(), id + ": ")) }.Concat(holes))));

            var arguments = new List<ArgumentSyntax>();
            if (level == "Log")
            {
                if (logLevel is null)
                    return null;
                arguments.Add(SyntaxFactory.Argument(logLevel.WithoutTrivia()));
            }

            arguments.Add(SyntaxFactory.Argument(x));
            if (exception is not null)
                arguments.Add(SyntaxFactory.Argument(exception.WithoutTrivia()));

            var localized = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName("Localized")));
            return SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, localized, SyntaxFactory.IdentifierName(level)),
                    SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments)))
                .WithTriviaFrom(call);
        }

    }
}
