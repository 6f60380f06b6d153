using System;
using System.Collections.Generic;
using System.Text;

namespace I18nToolkit.Cli.Logs.Records
{
    /// <summary>
    /// What of a record a filter can look at, so that the reader builds only that: the properties it names, and the
    /// template, exception and trace only when it uses them. Found lexically in the expression, erring towards more:
    /// <c>@p</c> (every property) and <c>@m</c> (rendered from the template and any property) need all properties.
    /// </summary>
    internal sealed class EventNeeds
    {
        private EventNeeds(HashSet<string>? properties, bool template, bool exception, bool trace)
        {
            Properties = properties;
            Template = template;
            Exception = exception;
            Trace = trace;
            PropertyNames = properties is null ? null : ToUtf8(properties);
        }

        /// <summary>Everything: what a reader without a filter builds.</summary>
        public static EventNeeds All { get; } = new EventNeeds(null, true, true, true);

        /// <summary>Nothing but the time and level (a time window without a filter).</summary>
        public static EventNeeds None { get; } = new EventNeeds(new HashSet<string>(), false, false, false);

        /// <summary>The names of the properties needed; null for all.</summary>
        public HashSet<string>? Properties { get; }

        /// <summary><see cref="Properties"/> as UTF-8, to match a line's keys without decoding them.</summary>
        public byte[][]? PropertyNames { get; }

        public bool Template { get; }

        public bool Exception { get; }

        public bool Trace { get; }

        /// <summary>The needs of an expression in Serilog.Expressions' syntax (or the tool's extensions of it).</summary>
        public static EventNeeds Of(string expression)
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            bool all = false, template = false, exception = false, trace = false;
            for (int i = 0; i < expression.Length; i++)
            {
                char c = expression[i];
                if (c == '\'')
                {
                    // A string: skip it ('' is a quote inside it).
                    for (i++; i < expression.Length; i++)
                    {
                        if (expression[i] == '\'' && (i + 1 >= expression.Length || expression[++i] != '\''))
                        {
                            i--;
                            break;
                        }
                    }

                    continue;
                }

                if (!(char.IsLetter(c) || c == '_' || c == '@'))
                    continue;
                int start = i;
                while (i + 1 < expression.Length && (char.IsLetterOrDigit(expression[i + 1]) || expression[i + 1] == '_' || (i == start && expression[i] == '@' && expression[i + 1] == '@')))
                    i++;
                string word = expression.Substring(start, i - start + 1);
                switch (word)
                {
                    case "@p":
                    case "@m":
                        all = true;
                        template = true;
                        break;
                    case "@mt":
                    case "@i":
                        template = true;
                        break;
                    case "@x":
                        exception = true;
                        break;
                    case "@tr":
                    case "@sp":
                        trace = true;
                        break;
                    default:
                        if (word[0] == '@')
                            all = true; // a built-in the tool does not know of: read everything
                        else
                            words.Add(word);
                        break;
                }
            }

            return new EventNeeds(all ? null : words, template, exception, trace);
        }

        private static byte[][] ToUtf8(HashSet<string> names)
        {
            var utf8 = new byte[names.Count][];
            int n = 0;
            foreach (string name in names)
                utf8[n++] = Encoding.UTF8.GetBytes(name);
            return utf8;
        }
    }
}
