using System;
using System.Text;
using I18nToolkit.Grammar.Choices;

namespace I18nToolkit.Grammar
{
    /// <summary>
    /// Writes a parsed template back in the grammar, each run of literal text passed through a transformation first
    /// (pseudo-localization accents it): holes as written, choices with every branch, escapes where the text needs them
    /// (<c>{{</c> and <c>}}</c> at the top, ICU's <c>'{'</c>, <c>'}'</c> and <c>'#'</c> inside branches).
    /// </summary>
    internal static class TemplateWriter
    {
        public static string Write(MessageTemplate template, Func<string, string> literal)
        {
            var text = new StringBuilder(template.Text.Length + 16);
            Write(text, template.Segments, literal, depth: 0, inPlural: false);
            return text.ToString();
        }

        /// <summary>Segments written as the content of a plural branch: <c>#</c> is the number, a literal <c>#</c> or <c>}</c> quoted.</summary>
        public static string WriteBranch(TemplateSegment[] segments)
        {
            var text = new StringBuilder();
            Write(text, segments, s => s, depth: 1, inPlural: true);
            return text.ToString();
        }

        /// <summary>
        /// Parts chosen for one record (<see cref="MessageTemplate.Choose"/>) as a plain message template - literal braces
        /// doubled, holes as written, a plural's <c>#</c> as its argument's hole - what message-template readers such as
        /// Serilog.Extensions.Logging render from <c>{OriginalFormat}</c>.
        /// </summary>
        public static string WriteChosen(System.Collections.Generic.IReadOnlyList<MessageTemplatePart> parts)
        {
            var text = new StringBuilder();
            foreach (MessageTemplatePart part in parts)
            {
                if (part.Hole is { } hole)
                    text.Append(hole.RawText == "#" ? "{" + hole.Name + "}" : hole.RawText);
                else
                    AppendLiteral(text, part.Literal!, depth: 0, inPlural: false);
            }

            return text.ToString();
        }

        private static void Write(StringBuilder text, TemplateSegment[] segments, Func<string, string> literal, int depth, bool inPlural)
        {
            foreach (TemplateSegment segment in segments)
            {
                if (segment.Literal is not null)
                {
                    AppendLiteral(text, literal(segment.Literal), depth, inPlural);
                    continue;
                }

                MessageHole hole = segment.Hole!;
                if (segment.IsNumber)
                {
                    text.Append('#');
                    continue;
                }

                if (hole.Choice is not { } choice)
                {
                    text.Append(hole.RawText);
                    continue;
                }

                text.Append('{').Append(hole.Name).Append(", ").Append(ChoiceKinds.Keyword(choice.Kind)).Append(',');
                if (choice.Offset != 0)
                    text.Append(" offset:").Append(choice.Offset.ToString(System.Globalization.CultureInfo.InvariantCulture));
                foreach (ChoiceBranch branch in choice.Branches)
                {
                    text.Append(' ').Append(branch.Selector).Append(" {");
                    Write(text, branch.Segments, literal, depth + 1, choice.IsPlural);
                    text.Append('}');
                }

                text.Append('}');
            }
        }

        private static void AppendLiteral(StringBuilder text, string value, int depth, bool inPlural)
        {
            foreach (char c in value)
            {
                if (c == '{')
                    text.Append("{{");
                else if (c == '}')
                    text.Append(depth == 0 ? "}}" : "'}'");
                else if (c == '#' && inPlural)
                    text.Append("'#'");
                else
                    text.Append(c);
            }
        }
    }
}
