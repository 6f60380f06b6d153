using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using I18nToolkit.Cli.Logs.Records;

namespace I18nToolkit.Cli.Logs.Expressions
{
    /// <summary>
    /// The filters administrators write most - <c>and</c>/<c>or</c> of a property or <c>@l</c> equal to, or in a list
    /// of, text constants - evaluated straight on a CLEF line, field by field, without building an event or compiling
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
                case FilterNodeKind.Compare when node.Text == "=" && !node.IgnoreCase:
                case FilterNodeKind.In when !node.Negated && !node.IgnoreCase:
                    FilterNode field = node.Children[0];
                    if (field.Kind != FilterNodeKind.Field || !IsPlainName(field.Text!))
                        return null;
                    var constants = new List<string>();
                    for (int i = 1; i < node.Children.Count; i++)
                    {
                        FilterNode constant = node.Children[i];
                        if (constant.Kind != FilterNodeKind.Constant || constant.Value.Kind != LogValueKind.String)
                            return null;
                        constants.Add(constant.Value.Text!);
                    }

                    int index = fields.IndexOf(field.Text!);
                    if (index < 0)
                    {
                        fields.Add(field.Text!);
                        index = fields.Count - 1;
                    }

                    return new Node(index, constants.ToArray());
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
                for (int i = 0; i < _keys.Length; i++)
                {
                    if (reader.ValueTextEquals(_keys[i]))
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
                        level = text ? LogEventReader.LevelOf(reader.GetString()!).ToString() : "Information";
                    }
                    else if (!text)
                    {
                        values[field] = default;
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

        /// <summary>Where a field's text is: raw in the line, or decoded (escaped); <see cref="Kind"/> 0 for not text.</summary>
        private readonly struct Value
        {
            public Value(int start, int length, bool escaped)
            {
                Start = start;
                Length = length;
                Kind = escaped ? (byte)2 : (byte)1;
            }

            public int Start { get; }

            public int Length { get; }

            public byte Kind { get; }
        }

        private sealed class Node
        {
            private readonly bool _and;
            private readonly Node? _left;
            private readonly Node? _right;
            private readonly int _field = -1;
            private readonly string[]? _constants;
            private readonly byte[][]? _utf8;

            public Node(bool and, Node left, Node right)
            {
                _and = and;
                _left = left;
                _right = right;
            }

            public Node(int field, string[] constants)
            {
                _field = field;
                _constants = constants;
                _utf8 = Array.ConvertAll(constants, c => Encoding.UTF8.GetBytes(c));
            }

            public bool IsTrue(ReadOnlySpan<byte> line, ReadOnlySpan<Value> values, string?[]? decoded, int levelField, string level)
            {
                if (_constants is null)
                {
                    return _and
                        ? _left!.IsTrue(line, values, decoded, levelField, level) && _right!.IsTrue(line, values, decoded, levelField, level)
                        : _left!.IsTrue(line, values, decoded, levelField, level) || _right!.IsTrue(line, values, decoded, levelField, level);
                }

                if (_field == levelField)
                    return Array.IndexOf(_constants, level) >= 0;
                Value value = values[_field];
                for (int i = 0; i < _constants.Length; i++)
                {
                    if (value.Kind == 1 ? line.Slice(value.Start, value.Length).SequenceEqual(_utf8![i]) : value.Kind == 2 && string.Equals(decoded![_field], _constants[i], StringComparison.Ordinal))
                        return true;
                }

                return false;
            }
        }
    }
}
