using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using I18nToolkit.Grammar;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using I18nToolkit.Syntax;

namespace I18nToolkit.CodeFixes
{
    /// <summary>
    /// Hands out the next free message ID of a project: the highest number used with the chosen letter, plus one
    /// (at least three digits, starting at 100). One allocator serves a whole Fix All, so the IDs it gives are distinct.
    /// </summary>
    internal sealed class MessageIdAllocator
    {
        private readonly Dictionary<char, int> _highest;

        private MessageIdAllocator(MessageIdPattern pattern, Dictionary<char, int> highest)
        {
            Pattern = pattern;
            _highest = highest;
        }

        public MessageIdPattern Pattern { get; }

        public static async Task<MessageIdAllocator> CreateAsync(Project project, CancellationToken cancellation)
        {
            MessageIdPattern pattern = MessageIdPattern.Default;
            if (project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.I18nIdPattern", out string? text)
                && !string.IsNullOrWhiteSpace(text))
            {
                try
                {
                    pattern = MessageIdPattern.Create(text);
                }
                catch (System.ArgumentException)
                {
                    // The analyzers report the bad pattern; allocate as if it were the default.
                }
            }

            var highest = new Dictionary<char, int>();
            foreach (Document document in project.Documents)
            {
                SyntaxNode? root = await document.GetSyntaxRootAsync(cancellation).ConfigureAwait(false);
                if (root is null)
                    continue;
                foreach (var literal in root.DescendantNodes().OfType<LiteralExpressionSyntax>())
                {
                    if (!literal.IsKind(SyntaxKind.StringLiteralExpression) || !MessageCallSyntax.IsMessageArgument(literal))
                        continue;
                    string value = literal.Token.ValueText;
                    if (!MessageDefinition.TryReadId(value, pattern, out MessageId id, out _) || id.Value.Length < 2)
                        continue;
                    if (int.TryParse(id.Value.Substring(1), NumberStyles.None, CultureInfo.InvariantCulture, out int number))
                    {
                        char letter = id.Value[0];
                        highest[letter] = highest.TryGetValue(letter, out int known) ? System.Math.Max(known, number) : number;
                    }
                }
            }

            return new MessageIdAllocator(pattern, highest);
        }

        /// <summary>The next free ID for <paramref name="letter"/>, or null when such IDs do not fit the project's pattern.</summary>
        public string? Next(char letter)
        {
            int number = (_highest.TryGetValue(letter, out int known) ? known : 99) + 1;
            string id = letter + number.ToString("000", CultureInfo.InvariantCulture);
            if (Pattern.MatchLength(id + MessageDefinition.Separator + "x") != id.Length)
                return null;
            _highest[letter] = number;
            return id;
        }
    }
}
