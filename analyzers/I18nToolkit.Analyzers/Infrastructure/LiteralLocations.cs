using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace I18nToolkit.Analyzers.Infrastructure
{
    /// <summary>
    /// Maps a character position in a string constant's value to its place in the source, through escape sequences
    /// (<c>\"</c>, <c>\u00e9</c>), verbatim doubled quotes and single-line raw literals, so a diagnostic points at the
    /// very brace. Anything else (a constant from a field, a concatenation) maps to the whole expression.
    /// </summary>
    internal static class LiteralLocations
    {
        public static Location At(SyntaxNode expression, int valueIndex, int length = 1)
        {
            if (expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                SyntaxToken token = literal.Token;
                int? start = SourceOffset(token, valueIndex);
                if (start is not null)
                {
                    int? end = SourceOffset(token, valueIndex + length);
                    int spanEnd = end ?? (start.Value + 1);
                    return Location.Create(literal.SyntaxTree, TextSpan.FromBounds(token.SpanStart + start.Value, token.SpanStart + spanEnd));
                }
            }

            return expression.GetLocation();
        }

        /// <summary>The offset in the token's text of value character <paramref name="index"/> (index == length gives the closing quote).</summary>
        private static int? SourceOffset(SyntaxToken token, int index)
        {
            string text = token.Text;
            if (token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken))
            {
                int quotes = 0;
                while (quotes < text.Length && text[quotes] == '"')
                    quotes++;
                return quotes + index <= text.Length - quotes ? quotes + index : null;
            }

            if (!token.IsKind(SyntaxKind.StringLiteralToken))
                return null;

            bool verbatim = text.StartsWith("@", System.StringComparison.Ordinal);
            int i = verbatim ? 2 : 1;
            int value = 0;
            while (i < text.Length - 1)
            {
                if (value == index)
                    return i;
                if (verbatim)
                {
                    i += text[i] == '"' ? 2 : 1;
                    value++;
                    continue;
                }

                if (text[i] != '\\')
                {
                    i++;
                    value++;
                    continue;
                }

                char kind = i + 1 < text.Length ? text[i + 1] : '\0';
                int digits = kind switch { 'x' => HexRun(text, i + 2, 4), 'u' => 4, 'U' => 8, _ => 0 };
                i += 2 + digits;
                value += kind == 'U' && i <= text.Length && IsAstral(text, i - 8) ? 2 : 1;
            }

            return value == index ? i : null;
        }

        private static int HexRun(string text, int start, int max)
        {
            int n = 0;
            while (n < max && start + n < text.Length && System.Uri.IsHexDigit(text[start + n]))
                n++;
            return n;
        }

        private static bool IsAstral(string text, int start) =>
            start >= 0 && start + 8 <= text.Length
            && uint.TryParse(text.Substring(start, 8), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out uint code)
            && code > 0xFFFF;
    }
}
