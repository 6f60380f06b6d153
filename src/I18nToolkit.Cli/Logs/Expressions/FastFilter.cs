using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using I18nToolkit.Cli.Logs.Records;

namespace I18nToolkit.Cli.Logs.Expressions
{
    /// <summary>
    /// The filters administrators write most - <c>and</c>/<c>or</c> of a property or <c>@l</c> compared with a text
    /// (<c>=</c>, <c>&lt;&gt;</c>, <c>in</c>) or a number (<c>= &lt;&gt; &lt; &lt;= &gt; &gt;=</c>) - evaluated straight on a CLEF line, field by field, without building an event or compiling
    /// Serilog.Expressions (whose start-up alone costs more than scanning 100 MB). Only where the language's meaning is
    /// this simple: <c>A = 'x'</c> is true exactly when the record's <c>A</c> is the text <c>x</c> (a missing property is
    /// undefined, a number is not text), <c>a and b</c> when both are, <c>a or b</c> when either is; levels read as the
    /// event reader reads them. The differential test holds it, through the scan, to the library itself.
    /// </summary>
    internal sealed class FastFilter
    {
        private static readonly byte[] TimeKey = Encoding.UTF8.GetBytes("@t");
        private static readonly byte[] LevelKey = Encoding.UTF8.GetBytes("@l");

        private readonly Node _root;
        private readonly byte[][] _keys;
        private readonly int _level = -1;

        private FastFilter(Node root, List<string> fields)
        {
            _root = root;
            _keys = new byte[fields.Count][];
            for (int i = 0; i < fields.Count; i++)
            {
                _keys[i] = Encoding.UTF8.GetBytes(fields[i]);
                if (fields[i] == "@l")
                    _level = i;
            }
        }

        /// <summary>The fast form of <paramref name="node"/>, or null when it is not one of the simple filters.</summary>
        public static FastFilter? TryCreate(FilterNode node)
        {
            var fields = new List<string>();
            Node? root = Build(node, fields);
            if (root is null)
                return null;
            return new FastFilter(root, fields);
        }

        private static Node? Build(FilterNode node, List<string> fields)
        {
            switch (node.Kind)
            {
                case FilterNodeKind.And:
                case FilterNodeKind.Or:
                    Node? left = Build(node.Children[0], fields), right = left is null ? null : Build(node.Children[1], fields);
                    return left is null || right is null ? null : new Node(node.Kind == FilterNodeKind.And, left, right);
                case FilterNodeKind.Compare when !node.IgnoreCase:
                case FilterNodeKind.In when !node.Negated && !node.IgnoreCase && !node.ParenthesizedOperand:
                    FilterNode field = node.Children[0];
                    if (field.Kind != FilterNodeKind.Field || !IsPlainName(field.Text!))
                        return null;
                    var texts = new List<string>();
                    decimal? number = null;
                    for (int i = 1; i < node.Children.Count; i++)
                    {
                        FilterNode constant = node.Children[i];
                        if (constant.Kind != FilterNodeKind.Constant)
                            return null;
                        if (constant.Value.Kind == LogValueKind.String)
                            texts.Add(constant.Value.Text!);
                        else if (constant.Value.Kind == LogValueKind.Number && node.Kind == FilterNodeKind.Compare && field.Text != "@l"
                            && decimal.TryParse(constant.Value.Text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out decimal parsed))
                            number = parsed;
                        else
                            return null;
                    }

                    string op = node.Kind == FilterNodeKind.In ? "=" : node.Text!;
                    if (number is null && op != "=" && op != "<>")
                        return null; // the language orders numbers only: text on either side is undefined, left to the library
                    int index = fields.IndexOf(field.Text!);
                    if (index < 0)
                    {
                        fields.Add(field.Text!);
                        index = fields.Count - 1;
                    }

                    return number is decimal n ? new Node(index, op, n) : new Node(index, texts.ToArray(), negated: op == "<>");
                default:
                    return null;
            }
        }

        /// <summary>A top-level property read by its own key (or <c>@l</c>): no path, no other built-in.</summary>
        private static bool IsPlainName(string name)
        {
            if (name == "@l")
                return true;
            if (name.Length == 0 || name[0] == '@' || !(char.IsLetter(name[0]) || name[0] == '_'))
                return false;
            foreach (char c in name)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_') || c > 0x7F)
                    return false;
            }

            return true;
        }

        /// <summary>
        /// Evaluates a CLEF line (<c>@t</c> first); false when it is not one, for the full reader to decide.
        /// <paramref name="time"/> is the record's time where it has a readable one (read only if <paramref name="needTime"/>).
        /// </summary>
        /// <exception cref="JsonException">The line is not one JSON object.</exception>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public bool TryMatch(ReadOnlySpan<byte> line, bool needTime, out bool matches, out DateTimeOffset? time)
        {
            matches = false;
            time = null;
            // Each field's last value: where its text is in the line (raw), or its decoded text where it has escapes.
            Span<Value> values = _keys.Length <= 16 ? stackalloc Value[_keys.Length] : new Value[_keys.Length];
            string?[]? decoded = null; // only where a value has escapes
            string level = "Information"; // CLEF leaves Information out; a level that is not text reads as it too
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                throw new JsonException("the line is not a JSON object");
            bool first = true;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (first && !reader.ValueTextEquals(TimeKey))
                    return false;
                bool isTime = first;
                first = false;
                int field = -1;
                bool escapedName = reader.ValueIsEscaped;
                int nameLength = reader.ValueSpan.Length;
                for (int i = 0; i < _keys.Length; i++)
                {
                    // The length first: most keys are not the filter's, and most differ in length.
                    if ((escapedName || nameLength == _keys[i].Length) && reader.ValueTextEquals(_keys[i]))
                    {
                        field = i;
                        break;
                    }
                }

                if (!reader.Read())
                    throw new JsonException("the line ends inside the object");
                if (isTime && needTime)
                    time = LogEventReader.TimeOf(ref reader);
                if (field >= 0)
                {
                    bool text = reader.TokenType == JsonTokenType.String;
                    if (field == _level)
                    {
                        level = text ? LevelName(ref reader) : "Information";
                    }
                    else if (reader.TokenType == JsonTokenType.Number)
                    {
                        if (!reader.TryGetDecimal(out decimal number))
                            return false; // beyond a decimal: the library decides what it is
                        values[field] = new Value(number);
                    }
                    else if (!text)
                    {
                        values[field] = Value.Other; // null, true, false, an array or an object
                    }
                    else if (reader.ValueIsEscaped)
                    {
                        values[field] = new Value(0, 0, escaped: true);
                        (decoded ??= new string?[_keys.Length])[field] = reader.GetString();
                    }
                    else
                    {
                        values[field] = new Value((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length, escaped: false);
                    }
                }

                reader.Skip();
            }

            if (reader.TokenType != JsonTokenType.EndObject)
                throw new JsonException("the line is not one JSON object");
            LogRecord.EnsureOnlyWhitespaceAfter(line, reader.BytesConsumed);
            matches = _root.IsTrue(line, values, decoded, _level, level);
            return true;
        }

        private static readonly (byte[] Spelling, string Name)[] Spellings =
        {
            (Encoding.UTF8.GetBytes("Information"), "Information"), (Encoding.UTF8.GetBytes("Warning"), "Warning"), (Encoding.UTF8.GetBytes("Error"), "Error"),
            (Encoding.UTF8.GetBytes("Debug"), "Debug"), (Encoding.UTF8.GetBytes("Verbose"), "Verbose"), (Encoding.UTF8.GetBytes("Fatal"), "Fatal"),
            (Encoding.UTF8.GetBytes("Trace"), "Verbose"), (Encoding.UTF8.GetBytes("Critical"), "Fatal"),
        };

        /// <summary>The level's name as the event reader names it; the usual spellings without decoding the text.</summary>
        private static string LevelName(ref Utf8JsonReader reader)
        {
            if (!reader.ValueIsEscaped)
            {
                foreach ((byte[] spelling, string name) in Spellings)
                {
                    if (reader.ValueSpan.SequenceEqual(spelling))
                        return name;
                }
            }

            return LogEventReader.LevelOf(reader.GetString()!).ToString();
        }

        /// <summary>
        /// A field's last value: <see cref="Kind"/> 0 missing, 1 text raw in the line, 2 text with escapes (decoded
        /// apart), 3 a number, 4 anything else (null, a boolean, an array, an object).
        /// </summary>
        private readonly struct Value
        {
            public Value(int start, int length, bool escaped)
            {
                Start = start;
                Length = length;
                Number = 0;
                Kind = escaped ? (byte)2 : (byte)1;
            }

            public Value(decimal number)
            {
                Start = 0;
                Length = 0;
                Number = number;
                Kind = 3;
            }

            private Value(byte kind)
            {
                Start = 0;
                Length = 0;
                Number = 0;
                Kind = kind;
            }

            public static Value Other => new Value(4);

            public int Start { get; }

            public int Length { get; }

            public decimal Number { get; }

            public byte Kind { get; }
        }

        /// <summary>
        /// A test or a conjunction. Tests mean what the language says: <c>=</c> is true for text equal to a text, or a
        /// number equal to a number; <c>&lt;&gt;</c> for any value that is there and is not that (a missing one is
        /// undefined); <c>&lt; &lt;= &gt; &gt;=</c> for numbers only.
        /// </summary>
        private sealed class Node
        {
            private readonly bool _and;
            private readonly Node? _left;
            private readonly Node? _right;
            private readonly int _field = -1;
            private readonly string[]? _constants;
            private readonly byte[][]? _utf8;
            private readonly bool _negated;
            private readonly string? _op;
            private readonly decimal _number;

            public Node(bool and, Node left, Node right)
            {
                _and = and;
                _left = left;
                _right = right;
            }

            public Node(int field, string[] constants, bool negated)
            {
                _field = field;
                _constants = constants;
                _negated = negated;
                _utf8 = Array.ConvertAll(constants, c => Encoding.UTF8.GetBytes(c));
            }

            public Node(int field, string op, decimal number)
            {
                _field = field;
                _op = op;
                _number = number;
            }

            public bool IsTrue(ReadOnlySpan<byte> line, ReadOnlySpan<Value> values, string?[]? decoded, int levelField, string level)
            {
                if (_field < 0)
                {
                    return _and
                        ? _left!.IsTrue(line, values, decoded, levelField, level) && _right!.IsTrue(line, values, decoded, levelField, level)
                        : _left!.IsTrue(line, values, decoded, levelField, level) || _right!.IsTrue(line, values, decoded, levelField, level);
                }

                if (_op is not null)
                {
                    Value number = values[_field];
                    if (number.Kind == 0)
                        return false; // undefined
                    if (number.Kind != 3)
                        return _op == "<>"; // not a number: unequal, and unordered
                    int order = number.Number.CompareTo(_number);
                    return _op switch
                    {
                        "=" => order == 0,
                        "<>" => order != 0,
                        "<" => order < 0,
                        "<=" => order <= 0,
                        ">" => order > 0,
                        _ => order >= 0,
                    };
                }

                if (_field == levelField)
                    return (Array.IndexOf(_constants!, level) >= 0) != _negated;
                Value value = values[_field];
                if (value.Kind == 0)
                    return false; // undefined, for = and <> alike
                bool equal = false;
                for (int i = 0; i < _constants!.Length && !equal; i++)
                    equal = value.Kind == 1 ? line.Slice(value.Start, value.Length).SequenceEqual(_utf8![i]) : value.Kind == 2 && string.Equals(decoded![_field], _constants[i], StringComparison.Ordinal);
                return equal != _negated;
            }
        }
    }
}
