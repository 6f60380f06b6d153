using System;
using System.Collections.Generic;
using System.Linq;
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

        // A quote, an ID-like token and ": ": what may be a message in a stretch of code.
        private static readonly Regex QuotedMessage = new Regex("\"[A-Za-z][A-Za-z0-9_-]{0,15}: ", RegexOptions.CultureInvariant);

        // X(Texts.NotFound), T(Prefix + "..."), X($"{Id}: ..."), X((...)): a message that may be a constant defined elsewhere.
        private static readonly Regex MayCallWithConstant = new Regex(@"\b[XT]\s*\(\s*(?:message\s*:\s*)?(?:@?[A-Za-z_]|\(|\$|@\$)", RegexOptions.CultureInvariant);

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
            if (!_candidate.IsMatch(text) && !MayCallWithConstant.IsMatch(text))
                return FileMessages.None;

            List<(int Line, int Column, string Value)>? literals = SourceKinds.IsRazor(path) ? null : FindWithTokens(text);
            ParsedSource? parsed = literals is null ? ParseAll(path, text) : null;
            var messages = new List<FoundMessage>();
            var problems = new List<ExtractionProblem>();
            foreach (var (line, column, value) in literals ?? parsed!.Literals)
                Add(path, line, column, value, messages, problems);
            if (parsed is not null)
            {
                foreach (var (line, column, value) in parsed.Named)
                {
                    if (MessageDefinition.TryReadId(value, _pattern, out _, out _))
                        Add(path, line, column, value, messages, problems);
                }

                problems.AddRange(parsed.Problems);
            }
            return messages.Count == 0 && problems.Count == 0 && (parsed is null || parsed.Folds.Count == 0)
                ? FileMessages.None
                : new FileMessages(messages, problems, parsed?.Folds);
        }

        /// <summary>Every C# text of the file (a Razor file has two) through the parser, united.</summary>
        private ParsedSource ParseAll(string path, string text)
        {
            IReadOnlyList<string> texts = SourceKinds.CSharpOf(path, text);
            ParsedSource first = Parse(path, texts[0], this);
            for (int i = 1; i < texts.Count; i++)
            {
                ParsedSource more = Parse(path, texts[i], this);
                first.Literals.AddRange(more.Literals);
                first.Named.AddRange(more.Named);
                first.Folds.AddRange(more.Folds);
                first.Problems.AddRange(more.Problems);
            }

            if (texts.Count > 1)
            {
                first.Literals.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));
                first.Named.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));
                first.Folds.Sort((a, b) => a.Start.CompareTo(b.Start));
            }

            return first;
        }

        /// <summary>A message text found at a place: a message, or a problem if it looks like one but is malformed.</summary>
        internal void Add(string path, int line, int column, string value, List<FoundMessage> messages, List<ExtractionProblem> problems)
        {
            if (MessageDefinition.TryParse(value, _pattern, out MessageDefinition? definition, out MessageFormatError? error))
            {
                messages.Add(new FoundMessage(definition!, path, line));
            }
            else if (LooksLikeMessage.IsMatch(value))
            {
                // Only texts that look like messages (an ID-like token and ": ", or a hole):
                // X("some text") of an unrelated X method is none of ours.
                problems.Add(new ExtractionProblem(path, line, column, $"The message \"{value}\" is not extracted: {error!.Message}"));
            }
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
        internal static List<(int Line, int Column, string Value)> FindWithParser(string path, string text) => Parse(path, text, null).Literals;

        /// <summary>
        /// The messages of a file from Roslyn's parse, over every <c>#if</c> branch (<see cref="ConditionalBranches"/>): one
        /// parse per symbol set that makes some branch live, the literals of all united by place. A branch no set makes
        /// live is a problem when it holds something that looks like a message; one no configuration can make live is
        /// dead code, with nothing to translate.
        /// </summary>
        internal static ParsedSource Parse(string path, string text, SourceMessageExtractor? counter)
        {
            if (counter is not null)
                System.Threading.Interlocked.Increment(ref counter._parsed);
            SyntaxNode root = CSharpSyntaxTree.ParseText(text, ParseOptions, path).GetRoot();
            var literals = new SortedDictionary<int, (int Line, int Column, string Value)>();
            var named = new SortedDictionary<int, (int Line, int Column, string Value)>();
            var folds = new SortedDictionary<int, FoldSite>();
            Collect(root, Array.Empty<string>(), literals, named, folds);

            var problems = new List<ExtractionProblem>();
            List<ConditionalBranches.Branch> branches = ConditionalBranches.Plan(root);
            if (branches.Count > 0)
            {
                var live = new HashSet<int>(Taken(root));
                foreach (string[] symbols in branches.Where(b => b.Symbols is { Length: > 0 }).Select(b => b.Symbols!)
                    .GroupBy(s => string.Join(";", s), StringComparer.Ordinal).Select(g => g.First()))
                {
                    SyntaxNode variant = CSharpSyntaxTree.ParseText(text, ParseOptions.WithPreprocessorSymbols(symbols), path).GetRoot();
                    Collect(variant, symbols, literals, named, folds);
                    live.UnionWith(Taken(variant));
                }

                foreach (ConditionalBranches.Branch branch in branches.Where(b => !live.Contains(b.Position) && (!b.Solvable || b.Symbols is not null)))
                {
                    int end = branches.Where(b => b.Position > branch.Position).Select(b => b.Position).DefaultIfEmpty(text.Length).Min();
                    if (QuotedMessage.IsMatch(text.Substring(branch.Position, end - branch.Position)))
                        problems.Add(new ExtractionProblem(path, branch.Line, 1,
                            "The messages of this conditional branch are not extracted: no set of preprocessor symbols the build tries makes it live (it names more than 12 symbols, or depends on a #define in the file). Keep such messages outside the branch.",
                            ExtractionProblem.BranchCode));
                }
            }

            return new ParsedSource(literals.Values.ToList(), named.Values.ToList(), folds.Values.ToList(), problems);
        }

        private static void Collect(SyntaxNode root, IReadOnlyList<string> symbols, SortedDictionary<int, (int, int, string)> literals,
            SortedDictionary<int, (int, int, string)> named, SortedDictionary<int, FoldSite> folds)
        {
            foreach (SyntaxNode node in root.DescendantNodes())
            {
                // Indexer names and data-annotation texts: literals only (the analyzers say so of a constant, I18N0013).
                LiteralExpressionSyntax? other = node is AttributeArgumentSyntax attribute
                    ? MessageCallSyntax.AttributeMessageLiteral(attribute)
                    : MessageCallSyntax.IndexerMessageLiteral(node);
                if (other is not null)
                {
                    if (!named.ContainsKey(other.SpanStart))
                    {
                        LinePosition at = other.GetLocation().GetLineSpan().StartLinePosition;
                        named.Add(other.SpanStart, (at.Line + 1, at.Character + 1, other.Token.ValueText));
                    }

                    continue;
                }

                if (node is not InvocationExpressionSyntax invocation || MessageCallSyntax.MessageArgument(invocation) is not { } argument)
                    continue;
                LinePosition start = argument.GetLocation().GetLineSpan().StartLinePosition;
                if (argument is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    if (!literals.ContainsKey(literal.SpanStart))
                        literals.Add(literal.SpanStart, (start.Line + 1, start.Character + 1, literal.Token.ValueText));
                }
                else if (MessageCallSyntax.MayBeConstant(argument) && !folds.ContainsKey(argument.SpanStart))
                {
                    folds.Add(argument.SpanStart, new FoldSite(start.Line + 1, start.Character + 1, argument.SpanStart, argument.Span.Length, symbols));
                }
            }
        }

        /// <summary>The positions of the branch directives live in this parse.</summary>
        private static IEnumerable<int> Taken(SyntaxNode root) =>
            ConditionalBranches.Directives(root).OfType<BranchingDirectiveTriviaSyntax>().Where(d => d.IsActive && d.BranchTaken).Select(d => d.SpanStart);

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
