using System.Collections.Generic;
using System.Text.RegularExpressions;
using I18nToolkit.Build.Extraction.Scanning;
using I18nToolkit.Grammar;
using I18nToolkit.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace I18nToolkit.Build.Extraction
{
    /// <summary>
    /// Finds the messages of one C# file from its syntax alone: every <c>X(…)</c> / <c>T(…)</c> call whose first argument
    /// is a string literal (<see cref="MessageCallSyntax"/>, the recognition the code fixes share). A file with no
    /// ID-shaped literal at all is not read further; the others are read from tokens (<see cref="MessageCallScanner"/>)
    /// and parsed with Roslyn only where the tokens cannot decide. Messages that do not follow the grammar are returned
    /// as problems, with line and column, and never written to a resource file; the analyzers report them as errors too.
    /// </summary>
    internal sealed class SourceMessageExtractor
    {
        private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        private static readonly Regex LooksLikeMessage = new Regex(@"^[A-Za-z][A-Za-z0-9_-]{0,15}: |\{", RegexOptions.CultureInvariant);

        private readonly MessageIdPattern _pattern;
        private readonly Regex _candidate;

        [System.ThreadStatic]
        private static (List<ScanToken> Tokens, List<ScanToken> Literals)? _buffers;

        public SourceMessageExtractor(MessageIdPattern pattern)
        {
            _pattern = pattern;
            // A quote, then an ID of the pattern and ": ": the cheapest test for "this file may hold a message".
            _candidate = new Regex("\"(?:" + pattern.Pattern + "): ", RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(5));
        }

        /// <summary>Files read from tokens alone, and files that needed the parser (for the build's log and the tests).</summary>
        public int Scanned => _scanned;

        public int Parsed => _parsed;

        private int _scanned;
        private int _parsed;

        public FileMessages Extract(string path, string text)
        {
            if (!_candidate.IsMatch(text))
                return FileMessages.None;

            List<(int Line, int Column, string Value)> literals = FindWithTokens(text) ?? FindWithParser(path, text);
            var messages = new List<FoundMessage>();
            var problems = new List<ExtractionProblem>();
            foreach (var (line, column, value) in literals)
            {
                if (MessageDefinition.TryParse(value, _pattern, out MessageDefinition? definition, out MessageFormatError? error))
                {
                    messages.Add(new FoundMessage(definition!, path, line));
                }
                else if (LooksLikeMessage.IsMatch(value))
                {
                    // Only literals that look like messages (an ID-like token and ": ", or a hole):
                    // X("some text") of an unrelated X method is none of ours.
                    problems.Add(new ExtractionProblem(path, line, column, $"The message \"{value}\" is not extracted: {error!.Message}"));
                }
            }

            return new FileMessages(messages, problems);
        }

        /// <summary>Message literals by 1-based line and column, from tokens; null when the parser must decide.</summary>
        internal List<(int Line, int Column, string Value)>? FindWithTokens(string text)
        {
            var buffers = _buffers ??= (new List<ScanToken>(), new List<ScanToken>());
            if (!MessageCallScanner.TryFindMessageLiterals(text, buffers.Tokens, buffers.Literals))
                return null;
            System.Threading.Interlocked.Increment(ref _scanned);
            var result = new List<(int, int, string)>(buffers.Literals.Count);
            int line = 1, lineStart = 0, position = 0;
            foreach (ScanToken literal in buffers.Literals)
            {
                // Lines as Roslyn counts them: CR LF, CR, LF, NEL, LS and PS each end one.
                for (; position < literal.Start; position++)
                {
                    char c = text[position];
                    if (c == '\r' && position + 1 < text.Length && text[position + 1] == '\n')
                        continue;
                    if (c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029')
                    {
                        line++;
                        lineStart = position + 1;
                    }
                }

                result.Add((line, literal.Start - lineStart + 1, LiteralValue(text, literal)));
            }

            return result;
        }

        /// <summary>Message literals by 1-based line and column, from a full parse: the definition the tokens must match.</summary>
        internal static List<(int Line, int Column, string Value)> FindWithParser(string path, string text, SourceMessageExtractor? counter = null)
        {
            if (counter is not null)
                System.Threading.Interlocked.Increment(ref counter._parsed);
            SyntaxNode root = CSharpSyntaxTree.ParseText(text, ParseOptions, path).GetRoot();
            var result = new List<(int, int, string)>();
            foreach (SyntaxNode node in root.DescendantNodes())
            {
                if (node is InvocationExpressionSyntax invocation && MessageCallSyntax.MessageLiteral(invocation) is { } literal)
                {
                    LinePosition start = literal.GetLocation().GetLineSpan().StartLinePosition;
                    result.Add((start.Line + 1, start.Character + 1, literal.Token.ValueText));
                }
            }

            return result;
        }

        private List<(int Line, int Column, string Value)> FindWithParser(string path, string text) => FindWithParser(path, text, this);

        /// <summary>A plain "…" literal is its text; escapes, verbatim and raw literals are decoded by Roslyn's lexer.</summary>
        private static string LiteralValue(string text, ScanToken literal)
        {
            bool raw = literal.Length >= 6 && text[literal.Start + 1] == '"' && text[literal.Start + 2] == '"';
            if (text[literal.Start] == '"' && !raw && text.IndexOf('\\', literal.Start, literal.Length) < 0)
                return text.Substring(literal.Start + 1, literal.Length - 2);
            return SyntaxFactory.ParseToken(text.Substring(literal.Start, literal.Length)).ValueText;
        }
    }
}
