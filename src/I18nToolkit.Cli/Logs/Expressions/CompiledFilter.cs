using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Serilog.Events;
using Serilog.Expressions;

namespace I18nToolkit.Cli.Logs.Expressions
{
    /// <summary>
    /// A <c>--where</c> filter, evaluated by Serilog.Expressions itself on each record read as a Serilog event, so an
    /// expression means in <c>i18n logs filter</c> exactly what it means in Serilog's <c>Filter</c> configuration and in
    /// Seq. The JMS selector forms the language lacks (<c>x between a and b</c>, <c>x in ('a', 'b')</c>, <c>!=</c>,
    /// <c>Has(x)</c>) are extensions: an expression that uses them is rewritten into the language
    /// (<see cref="FilterNode.ToSerilog"/>) and then means what the rewrite means; an expression Serilog.Expressions
    /// accepts is never rewritten.
    /// </summary>
    /// <remarks>
    /// <see cref="RequiredText"/> lists text a matching line must contain, so most other lines are skipped unparsed. It
    /// is derived only where the tool's own parser reads the expression, only from tests whose truth needs the text
    /// (a property equal to, in, or like a constant, in positive conjunctive position), never from built-ins whose text
    /// a line may not hold verbatim (<c>@m</c> may be rendered, <c>@t</c> written in another form).
    /// </remarks>
    internal sealed class CompiledFilter
    {
        private readonly Lazy<CompiledExpression> _expression;

        private CompiledFilter(Lazy<CompiledExpression> expression, string serilogText, IReadOnlyList<RequiredText> required, FastFilter? fast)
        {
            _expression = expression;
            Fast = fast;
            SerilogText = serilogText;
            RequiredText = required;
            Needs = Records.EventNeeds.Of(serilogText);
        }

        /// <summary>The filter's form for CLEF lines where the language's meaning is simple enough (see <see cref="FastFilter"/>), or null.</summary>
        public FastFilter? Fast { get; }

        /// <summary>What of a record the filter can look at (the reader builds only that).</summary>
        public Records.EventNeeds Needs { get; }

        /// <summary>What Serilog.Expressions compiles: the expression itself, its extensions rewritten, or (for a fast filter) its parenthesized form.</summary>
        public string SerilogText { get; }

        /// <summary>Text a line that can match contains: for every entry, one of its alternatives.</summary>
        public IReadOnlyList<RequiredText> RequiredText { get; }

        /// <summary>Compiles a filter; <paramref name="formatProvider"/> formats values that functions turn into text (default: invariant).</summary>
        /// <exception cref="FilterSyntaxException">The expression is malformed, too deep, or names an unknown function.</exception>
        public static CompiledFilter Compile(string expression, IFormatProvider? formatProvider = null)
        {
            if (string.IsNullOrWhiteSpace(expression))
                throw new FilterSyntaxException(expression ?? string.Empty, 0, "the expression is empty");
            ExpressionLimits.Check(expression);
            formatProvider ??= CultureInfo.InvariantCulture;

            FilterNode? ours = null;
            FilterSyntaxException? oursFailed = null;
            try
            {
                ours = FilterParser.Parse(expression);
            }
            catch (FilterSyntaxException e)
            {
                // Serilog.Expressions' syntax beyond the tool's parser (arrays, accessors, arithmetic, functions): no prefilter.
                oursFailed = e;
            }

            // The simple filters need the library only for lines the fast form does not take (MEL's format): compiled on
            // first use, which a CLEF log never makes. Their rewrite is in the language by construction.
            FastFilter? fast = ours is null ? null : FastFilter.TryCreate(ours);
            if (fast is not null)
            {
                string text = ours!.ToSerilog(); // what it means, in the language (= and in, and, or: as written, parenthesized)
                return new CompiledFilter(new Lazy<CompiledExpression>(() => Compiled(text, formatProvider)), text, Requirements(ours!), fast);
            }

            if (TryCompile(expression, formatProvider, out CompiledExpression? compiled, out string? error))
                return new CompiledFilter(Eager(compiled!), expression, ours is null ? Array.Empty<RequiredText>() : Requirements(ours), null);
            if (ours is not null)
            {
                string rewritten = ours.ToSerilog();
                if (TryCompile(rewritten, formatProvider, out compiled, out string? rewriteError))
                    return new CompiledFilter(Eager(compiled!), rewritten, Requirements(ours), null);
                error = rewriteError;
            }

            // Neither reads it. A name the language does not know is said as the language says it; of two syntax errors,
            // the reason of the parser that read further (the tool's knows the JMS forms it may be written in).
            FilterSyntaxException serilogs = SyntaxError(expression, error!);
            bool syntax = SerilogLocation.IsMatch(error!);
            throw syntax && oursFailed is not null && oursFailed.Position > serilogs.Position ? oursFailed : serilogs;
        }

        /// <summary>Whether the event satisfies the filter (Serilog's truth: only <c>true</c> is true).</summary>
        public bool Matches(LogEvent logEvent) => ExpressionResult.IsTrue(_expression.Value(logEvent));

        private static Lazy<CompiledExpression> Eager(CompiledExpression compiled) => new Lazy<CompiledExpression>(() => compiled);

        private static CompiledExpression Compiled(string text, IFormatProvider formatProvider) =>
            TryCompile(text, formatProvider, out CompiledExpression? compiled, out string? error) ? compiled! : throw new InvalidOperationException("The filter's rewrite did not compile: " + error);

        public static string NormalizeLevel(string level) => Grammar.LogLevelNames.Normalize(level);

        internal static bool TryParseTime(string text, out DateTimeOffset time) =>
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);

        private static bool TryCompile(string text, IFormatProvider formatProvider, out CompiledExpression? compiled, out string? error)
        {
            try
            {
                return SerilogExpression.TryCompile(text, formatProvider, BuiltInsOnly.Instance, out compiled, out error);
            }
            catch (ArgumentException e)
            {
                // The library throws for a malformed regular expression (IsMatch) instead of reporting it.
                compiled = null;
                error = e.Message;
                return false;
            }
        }

        /// <summary>The language's own functions and nothing else.</summary>
        private sealed class BuiltInsOnly : NameResolver
        {
            public static readonly BuiltInsOnly Instance = new BuiltInsOnly();
        }

        // Made when an error is reported, not at start-up: a filter that compiles never pays for them.
        private static Regex UnknownFunction => new Regex("^The function name `([^`]+)` was not recognized", RegexOptions.CultureInvariant);

        private static Regex SerilogLocation => new Regex(@"^Syntax error \(line (\d+), column (\d+)\): ", RegexOptions.CultureInvariant);

        /// <summary>Serilog.Expressions' message, with its line and column made a position for the caret.</summary>
        private static FilterSyntaxException SyntaxError(string expression, string error)
        {
            Match location = SerilogLocation.Match(error);
            if (!location.Success)
            {
                // "The function name `Nope` was not recognized": no location given; the call is where.
                Match function = UnknownFunction.Match(error);
                Match call = function.Success ? Regex.Match(expression, @"(?<![\w@])" + Regex.Escape(function.Groups[1].Value) + @"\s*\(") : Match.Empty;
                return new FilterSyntaxException(expression, call.Success ? call.Index : expression.Length, error.TrimEnd('.'));
            }

            int line = int.Parse(location.Groups[1].Value, CultureInfo.InvariantCulture), column = int.Parse(location.Groups[2].Value, CultureInfo.InvariantCulture);
            int position = 0;
            for (int l = 1; l < line && position < expression.Length; position++)
            {
                if (expression[position] == '\n')
                    l++;
            }

            position = Math.Min(expression.Length, position + column - 1);
            return new FilterSyntaxException(expression, position, error.Substring(location.Length).TrimEnd('.'));
        }

        private static List<RequiredText> Requirements(FilterNode node)
        {
            var groups = new List<RequiredText>();
            switch (node.Kind)
            {
                case FilterNodeKind.And:
                    groups.AddRange(Requirements(node.Children[0]));
                    groups.AddRange(Requirements(node.Children[1]));
                    break;
                case FilterNodeKind.Or:
                    List<RequiredText> left = Requirements(node.Children[0]), right = Requirements(node.Children[1]);
                    if (left.Count > 0 && right.Count > 0)
                        groups.Add(left[0].Or(right[0]));
                    break;
                case FilterNodeKind.Compare when node.Text == "=" && !node.IgnoreCase:
                case FilterNodeKind.In when !node.Negated && !node.IgnoreCase && !node.ParenthesizedOperand:
                    RequiredText? alternatives = Quoted(node);
                    if (alternatives is not null)
                        groups.Add(alternatives);
                    break;
                case FilterNodeKind.Like when !node.Negated && !node.IgnoreCase && IsProperty(node.Children[0])
                    && node.Children[1].Kind == FilterNodeKind.Constant && node.Children[1].Value.Kind == LogValueKind.String:
                    string literal = LikePattern.LongestLiteral(node.Children[1].Value.Text!);
                    if (literal.Length >= 2 && IsVerbatimInJson(literal))
                        groups.Add(new RequiredText(new[] { Encoding.UTF8.GetBytes(literal) }));
                    break;
            }

            return groups;
        }

        private static bool IsProperty(FilterNode node) => node.Kind == FilterNodeKind.Field && !node.Text!.StartsWith("@", StringComparison.Ordinal);

        /// <summary>The spellings of each level a line may hold (CLEF's and MEL's names), for <c>@l = '…'</c>.</summary>
        private static readonly Dictionary<string, string[]> LevelSpellings = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["Verbose"] = new[] { "Verbose", "Trace" },
            ["Debug"] = new[] { "Debug" },
            ["Warning"] = new[] { "Warning", "Warn" },
            ["Error"] = new[] { "Error" },
            ["Fatal"] = new[] { "Fatal", "Critical" },
        };

        /// <summary>For <c>Prop = 'x'</c> / <c>Prop in ('x', 'y')</c>: the JSON strings one of which a match must contain.</summary>
        private static RequiredText? Quoted(FilterNode node)
        {
            FilterNode field = node.Children[0];
            bool level = field.Kind == FilterNodeKind.Field && field.Text == "@l";
            if (!level && !IsProperty(field))
                return null; // @m may be rendered from @mt, @t may be written in other forms
            var texts = new List<byte[]>();
            var levels = new List<string>();
            for (int i = 1; i < node.Children.Count; i++)
            {
                FilterNode constant = node.Children[i];
                if (constant.Kind != FilterNodeKind.Constant || constant.Value.Kind != LogValueKind.String || !IsVerbatimInJson(constant.Value.Text!))
                    return null;
                string value = constant.Value.Text!;
                if (!level)
                {
                    texts.Add(Encoding.UTF8.GetBytes("\"" + value + "\""));
                    continue;
                }

                // A level is read in any case and by MEL's names too (LogEventReader): the line's level field holds one of its spellings.
                if (!LevelSpellings.TryGetValue(value, out string[]? spellings))
                {
                    if (value == "Information")
                        return null; // CLEF leaves Information out
                    continue; // no level is named so: Serilog never matches, nothing needs to be found
                }

                levels.AddRange(spellings);
            }

            if (texts.Count == 0 && levels.Count == 0)
                return null;
            return new RequiredText(texts.ToArray(), levels.ToArray());
        }

        /// <summary>Text every JSON writer leaves unescaped (no quotes, backslashes, slashes, HTML-sensitive or non-ASCII characters).</summary>
        private static bool IsVerbatimInJson(string text)
        {
            foreach (char c in text)
            {
                if (c < 0x20 || c > 0x7E || c == '"' || c == '\\' || c == '/' || c == '<' || c == '>' || c == '&' || c == '\'' || c == '+' || c == '`')
                    return false;
            }

            return true;
        }
    }
}
