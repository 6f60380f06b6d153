using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace I18nToolkit.Cli.Logs.Expressions
{
    /// <summary>
    /// A parsed filter ready to run over many records: each field it reads has a slot (the record reader fills only
    /// those), and <see cref="RequiredText"/> lists text a matching line must contain, so most other lines are rejected
    /// before they are parsed. Level names are compared the way Serilog names them (MEL's Trace = Verbose, Critical = Fatal).
    /// </summary>
    internal sealed class CompiledFilter
    {
        private readonly FilterNode _root;
        private readonly Dictionary<FilterNode, int> _slots = new Dictionary<FilterNode, int>(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<FilterNode, DateTimeOffset> _times = new Dictionary<FilterNode, DateTimeOffset>(ReferenceEqualityComparer.Instance);
        private readonly List<string> _fields = new List<string>();

        private CompiledFilter(FilterNode root)
        {
            _root = root;
            Assign(root);
            RequiredText = Requirements(root);
        }

        /// <summary>The fields the filter reads, by slot: <c>@l</c>, <c>Application</c>, …</summary>
        public IReadOnlyList<string> Fields => _fields;

        /// <summary>Groups of UTF-8 text: a line that can match contains, for every group, at least one of its texts.</summary>
        public IReadOnlyList<byte[][]> RequiredText { get; }

        public static CompiledFilter Compile(FilterNode root) => new CompiledFilter(root);

        /// <summary>Adds a field the caller needs besides the filter's (e.g. <c>@t</c> for --since); returns its slot.</summary>
        public int SlotOf(string field)
        {
            int index = _fields.IndexOf(field);
            if (index >= 0)
                return index;
            _fields.Add(field);
            return _fields.Count - 1;
        }

        public bool Matches(LogValue[] slots) => Test(_root, slots) == Truth.True;

        public override string ToString() => _root.ToString();

        public static string NormalizeLevel(string level) => Grammar.LogLevelNames.Normalize(level);

        private void Assign(FilterNode node)
        {
            if (node.Kind == FilterNodeKind.Field)
                _slots[node] = SlotOf(node.Text!);
            foreach (FilterNode child in node.Children)
                Assign(child);

            // Compare levels and times as such: constants against @l are level names, against @t timestamps.
            if (node.Kind is FilterNodeKind.Compare or FilterNodeKind.In or FilterNodeKind.Between && node.Children[0].Kind == FilterNodeKind.Field)
            {
                string field = node.Children[0].Text!;
                for (int i = 1; i < node.Children.Count; i++)
                {
                    FilterNode constant = node.Children[i];
                    if (constant.Kind != FilterNodeKind.Constant || constant.Value.Kind != LogValueKind.String)
                        continue;
                    if (field == "@l")
                        constant.Value = LogValue.String(NormalizeLevel(constant.Value.Text!));
                    else if (field == "@t" && TryParseTime(constant.Value.Text!, out DateTimeOffset time))
                        _times[constant] = time;
                }
            }
        }

        internal static bool TryParseTime(string text, out DateTimeOffset time) =>
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);

        private LogValue Value(FilterNode node, LogValue[] slots) => node.Kind switch
        {
            FilterNodeKind.Constant => node.Value,
            FilterNodeKind.Field => slots[_slots[node]],
            _ => Test(node, slots) switch
            {
                Truth.True => LogValue.Boolean(true),
                Truth.False => LogValue.Boolean(false),
                _ => LogValue.Undefined,
            },
        };

        private Truth Test(FilterNode node, LogValue[] slots)
        {
            switch (node.Kind)
            {
                case FilterNodeKind.And:
                {
                    Truth left = Test(node.Children[0], slots);
                    if (left == Truth.False)
                        return Truth.False;
                    Truth right = Test(node.Children[1], slots);
                    return right == Truth.False ? Truth.False : left == Truth.True && right == Truth.True ? Truth.True : Truth.Unknown;
                }

                case FilterNodeKind.Or:
                {
                    Truth left = Test(node.Children[0], slots);
                    if (left == Truth.True)
                        return Truth.True;
                    Truth right = Test(node.Children[1], slots);
                    return right == Truth.True ? Truth.True : left == Truth.False && right == Truth.False ? Truth.False : Truth.Unknown;
                }

                case FilterNodeKind.Not:
                    return Negate(Test(node.Children[0], slots), true);
                case FilterNodeKind.Compare:
                    return Compare(node, node.Children[0], node.Children[1], node.Text!, slots);
                case FilterNodeKind.In:
                {
                    Truth result = Truth.False;
                    for (int i = 1; i < node.Children.Count && result != Truth.True; i++)
                    {
                        Truth one = Compare(node, node.Children[0], node.Children[i], "=", slots);
                        if (one == Truth.True || one == Truth.Unknown)
                            result = one;
                    }

                    return Negate(result, node.Negated);
                }

                case FilterNodeKind.Between:
                {
                    Truth low = Compare(node, node.Children[0], node.Children[1], ">=", slots);
                    Truth high = Compare(node, node.Children[0], node.Children[2], "<=", slots);
                    Truth both = low == Truth.False || high == Truth.False ? Truth.False : low == Truth.True && high == Truth.True ? Truth.True : Truth.Unknown;
                    return Negate(both, node.Negated);
                }

                case FilterNodeKind.Like:
                {
                    LogValue text = Value(node.Children[0], slots), pattern = Value(node.Children[1], slots);
                    if (text.Kind != LogValueKind.String || pattern.Kind != LogValueKind.String)
                        return Truth.Unknown;
                    return Negate(LikePattern.Matches(text.Text!, pattern.Text!, node.IgnoreCase) ? Truth.True : Truth.False, node.Negated);
                }

                case FilterNodeKind.IsNull:
                {
                    LogValueKind kind = Value(node.Children[0], slots).Kind;
                    bool isNull = kind == LogValueKind.Null || kind == LogValueKind.Undefined;
                    return isNull != node.Negated ? Truth.True : Truth.False;
                }

                case FilterNodeKind.Call:
                    return Call(node, slots);
                default:
                {
                    LogValue value = Value(node, slots);
                    return value.Kind == LogValueKind.Boolean ? (value.IsTrue ? Truth.True : Truth.False) : Truth.Unknown;
                }
            }
        }

        private static Truth Negate(Truth truth, bool negate) => !negate || truth == Truth.Unknown ? truth : truth == Truth.True ? Truth.False : Truth.True;

        private Truth Call(FilterNode node, LogValue[] slots)
        {
            LogValue first = Value(node.Children[0], slots);
            if (node.Text == "Has")
                return first.Kind != LogValueKind.Undefined ? Truth.True : Truth.False;
            LogValue second = Value(node.Children[1], slots);
            if (first.Kind != LogValueKind.String || second.Kind != LogValueKind.String)
                return Truth.Unknown;
            StringComparison comparison = node.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            bool result = node.Text switch
            {
                "StartsWith" => first.Text!.StartsWith(second.Text!, comparison),
                "EndsWith" => first.Text!.EndsWith(second.Text!, comparison),
                _ => first.Text!.IndexOf(second.Text!, comparison) >= 0,
            };
            return result ? Truth.True : Truth.False;
        }

        private Truth Compare(FilterNode owner, FilterNode leftNode, FilterNode rightNode, string op, LogValue[] slots)
        {
            LogValue left = Value(leftNode, slots), right = Value(rightNode, slots);
            int? order = Order(leftNode, left, rightNode, right, owner.IgnoreCase);
            if (order is null)
                return Truth.Unknown;
            bool result = op switch
            {
                "=" => order == 0,
                "<>" => order != 0,
                "<" => order < 0,
                "<=" => order <= 0,
                ">" => order > 0,
                _ => order >= 0,
            };
            return result ? Truth.True : Truth.False;
        }

        /// <summary>How two values order, or null when they cannot be compared (missing, null, or different kinds).</summary>
        private int? Order(FilterNode leftNode, LogValue left, FilterNode rightNode, LogValue right, bool ignoreCase)
        {
            if (left.Kind is LogValueKind.Undefined or LogValueKind.Null || right.Kind is LogValueKind.Undefined or LogValueKind.Null)
                return null;
            bool leftTime = leftNode.Kind == FilterNodeKind.Field && leftNode.Text == "@t";
            bool rightTime = rightNode.Kind == FilterNodeKind.Field && rightNode.Text == "@t";
            if (leftTime || rightTime)
            {
                if (!Time(leftNode, left, out DateTimeOffset a) || !Time(rightNode, right, out DateTimeOffset b))
                    return null;
                return a.CompareTo(b);
            }

            if (left.Kind == right.Kind)
            {
                return left.Kind switch
                {
                    LogValueKind.String => Math.Sign(string.Compare(left.Text, right.Text, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)),
                    LogValueKind.Number => left.Number.CompareTo(right.Number),
                    LogValueKind.Boolean => left.Number.CompareTo(right.Number),
                    _ => Math.Sign(string.CompareOrdinal(left.Text, right.Text)),
                };
            }

            // A number written as text on one side (MEL writes EventId as a number, CLEF as text): compare as numbers.
            if (left.Kind is LogValueKind.Number or LogValueKind.String && right.Kind is LogValueKind.Number or LogValueKind.String
                && AsNumber(left, out double x) && AsNumber(right, out double y))
                return x.CompareTo(y);
            return null;
        }

        private bool Time(FilterNode node, LogValue value, out DateTimeOffset time)
        {
            if (node.Kind == FilterNodeKind.Constant && _times.TryGetValue(node, out time))
                return true;
            time = default;
            return value.Kind == LogValueKind.String && TryParseTime(value.Text!, out time);
        }

        private static bool AsNumber(LogValue value, out double number)
        {
            number = value.Number;
            return value.Kind == LogValueKind.Number || double.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
        }

        private static List<byte[][]> Requirements(FilterNode node)
        {
            var groups = new List<byte[][]>();
            switch (node.Kind)
            {
                case FilterNodeKind.And:
                    groups.AddRange(Requirements(node.Children[0]));
                    groups.AddRange(Requirements(node.Children[1]));
                    break;
                case FilterNodeKind.Or:
                    List<byte[][]> left = Requirements(node.Children[0]), right = Requirements(node.Children[1]);
                    if (left.Count > 0 && right.Count > 0)
                        groups.Add(Concat(left[0], right[0]));
                    break;
                case FilterNodeKind.Compare when node.Text == "=" && !node.IgnoreCase:
                case FilterNodeKind.In when !node.Negated && !node.IgnoreCase:
                    byte[][]? alternatives = Quoted(node);
                    if (alternatives is not null)
                        groups.Add(alternatives);
                    break;
                case FilterNodeKind.Like when !node.Negated && !node.IgnoreCase && node.Children[1].Kind == FilterNodeKind.Constant
                    && node.Children[1].Value.Kind == LogValueKind.String:
                    string literal = LikePattern.LongestLiteral(node.Children[1].Value.Text!);
                    if (literal.Length >= 2 && IsVerbatimInJson(literal))
                        groups.Add(new[] { Encoding.UTF8.GetBytes(literal) });
                    break;
            }

            return groups;
        }

        private static byte[][] Concat(byte[][] a, byte[][] b)
        {
            var all = new byte[a.Length + b.Length][];
            a.CopyTo(all, 0);
            b.CopyTo(all, a.Length);
            return all;
        }

        /// <summary>For <c>Prop = 'x'</c> / <c>Prop in ('x', 'y')</c>: the JSON strings one of which a match must contain.</summary>
        private static byte[][]? Quoted(FilterNode node)
        {
            FilterNode field = node.Children[0];
            if (field.Kind != FilterNodeKind.Field || (field.Text!.StartsWith("@", StringComparison.Ordinal) && field.Text != "@l"))
                return null; // @m may be rendered from @mt, @t may be written in other forms
            var texts = new List<byte[]>();
            for (int i = 1; i < node.Children.Count; i++)
            {
                FilterNode constant = node.Children[i];
                if (constant.Kind != FilterNodeKind.Constant || constant.Value.Kind != LogValueKind.String || !IsVerbatimInJson(constant.Value.Text!))
                    return null;
                string value = constant.Value.Text!;
                if (field.Text == "@l")
                {
                    if (value == "Information")
                        return null; // CLEF leaves Information out
                    if (value == "Verbose")
                        texts.Add(Encoding.UTF8.GetBytes("\"Trace\""));
                    if (value == "Fatal")
                        texts.Add(Encoding.UTF8.GetBytes("\"Critical\""));
                }

                texts.Add(Encoding.UTF8.GetBytes("\"" + value + "\""));
            }

            return texts.ToArray();
        }

        /// <summary>Text every JSON writer leaves unescaped (no quotes, backslashes, HTML-sensitive or non-ASCII characters).</summary>
        private static bool IsVerbatimInJson(string text)
        {
            foreach (char c in text)
            {
                if (c < 0x20 || c > 0x7E || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == '\'' || c == '+' || c == '`')
                    return false;
            }

            return true;
        }
    }
}
