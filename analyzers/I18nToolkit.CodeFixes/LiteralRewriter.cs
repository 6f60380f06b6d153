using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace I18nToolkit.CodeFixes
{
    /// <summary>Puts text in front of a string literal's value, keeping its form (regular, verbatim or raw) and trivia.</summary>
    internal static class LiteralRewriter
    {
        public static LiteralExpressionSyntax Prepend(LiteralExpressionSyntax literal, string prefix)
        {
            SyntaxToken token = literal.Token;
            string text = token.Text;
            int start = 0;
            while (start < text.Length && (text[start] == '@' || text[start] == '"'))
                start++;
            string escaped = token.IsKind(SyntaxKind.StringLiteralToken) && !text.StartsWith("@", System.StringComparison.Ordinal)
                ? prefix.Replace("\\", "\\\\").Replace("\"", "\\\"")
                : prefix.Replace("\"", "\"\"");
            SyntaxToken rewritten = SyntaxFactory.Token(token.LeadingTrivia, token.Kind(), text.Insert(start, escaped),
                prefix + token.ValueText, token.TrailingTrivia);
            return literal.WithToken(rewritten);
        }
    }
}
