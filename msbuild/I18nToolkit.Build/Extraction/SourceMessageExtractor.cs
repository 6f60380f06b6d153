using System.Collections.Generic;
using System.Text.RegularExpressions;
using I18nToolkit.Grammar;
using I18nToolkit.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace I18nToolkit.Build.Extraction
{
    /// <summary>
    /// Finds the messages of one C# file from its syntax alone: every <c>X(…)</c> / <c>T(…)</c> call whose first argument
    /// is a string literal (<see cref="MessageCallSyntax"/>, the recognition the code fixes share). A file with no
    /// ID-shaped literal at all is not parsed. Messages that do not follow the grammar are returned as problems, with
    /// line and column, and never written to a resource file; the analyzers report them as errors too.
    /// </summary>
    internal sealed class SourceMessageExtractor
    {
        private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        private static readonly Regex LooksLikeMessage = new Regex(@"^[A-Za-z][A-Za-z0-9_-]{0,15}: |\{", RegexOptions.CultureInvariant);

        private readonly MessageIdPattern _pattern;
        private readonly Regex _candidate;

        public SourceMessageExtractor(MessageIdPattern pattern)
        {
            _pattern = pattern;
            // A quote, then an ID of the pattern and ": ": the cheapest test for "this file may hold a message".
            _candidate = new Regex("\"(?:" + pattern.Pattern + "): ", RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(5));
        }

        public FileMessages Extract(string path, string text)
        {
            if (!_candidate.IsMatch(text))
                return FileMessages.None;

            SyntaxNode root = CSharpSyntaxTree.ParseText(text, ParseOptions, path).GetRoot();
            var messages = new List<FoundMessage>();
            var problems = new List<ExtractionProblem>();
            foreach (SyntaxNode node in root.DescendantNodes())
            {
                if (node is not InvocationExpressionSyntax invocation)
                    continue;
                LiteralExpressionSyntax? literal = MessageCallSyntax.MessageLiteral(invocation);
                if (literal is null)
                    continue;

                string value = literal.Token.ValueText;
                FileLinePositionSpan span = literal.GetLocation().GetLineSpan();
                if (MessageDefinition.TryParse(value, _pattern, out MessageDefinition? definition, out MessageFormatError? error))
                {
                    messages.Add(new FoundMessage(definition!, path, span.StartLinePosition.Line + 1));
                }
                else if (LooksLikeMessage.IsMatch(value))
                {
                    // Only literals that look like messages (an ID-like token and ": ", or a hole):
                    // X("some text") of an unrelated X method is none of ours.
                    problems.Add(new ExtractionProblem(path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1,
                        $"The message \"{value}\" is not extracted: {error!.Message}"));
                }
            }

            return new FileMessages(messages, problems);
        }
    }
}
