using System.Collections.Generic;
using System.Globalization;
using I18nToolkit.Grammar;
using I18nToolkit.Localization;
using MessageTemplate = I18nToolkit.Grammar.MessageTemplate;
using Serilog.Events;
using Serilog.Parsing;
using SerilogTemplate = Serilog.Events.MessageTemplate;

namespace I18nToolkit.Logging
{
    /// <summary>Turns a toolkit template into Serilog's form: text tokens and property tokens with the same names.</summary>
    internal static class SerilogTemplateConverter
    {
        /// <summary>
        /// Serilog's form of a template with plurals or selects: the text and property tokens of the branches
        /// <paramref name="message"/>'s arguments choose (a <c>#</c> is its argument's property), under the whole text.
        /// </summary>
        public static SerilogTemplate ConvertChosen<TMessage>(MessageTemplate template, in TMessage message)
            where TMessage : struct, ILocalizedMessage
        {
            var arguments = new object?[message.ArgumentCount];
            for (int i = 0; i < arguments.Length; i++)
                arguments[i] = message.GetArgument(i);
            var tokens = new List<MessageTemplateToken>();
            foreach (MessageTemplatePart part in template.Choose(CultureInfo.CurrentCulture, arguments))
                tokens.Add(part.Hole is { } hole ? Token(hole) : new TextToken(part.Literal!));
            return new SerilogTemplate(template.Text, tokens);
        }

        private static PropertyToken Token(MessageHole hole)
        {
            Alignment? alignment = hole.Alignment == 0
                ? null
                : new Alignment(hole.Alignment < 0 ? AlignmentDirection.Left : AlignmentDirection.Right, System.Math.Abs(hole.Alignment));
            // A plural's '#' is its argument's property, written as Serilog would write it.
            string raw = hole.RawText == "#" ? "{" + hole.Name + "}" : hole.RawText;
            return new PropertyToken(hole.Name, raw, hole.Format, alignment, ToDestructuring(hole.Capture));
        }

        public static SerilogTemplate Convert(MessageTemplate template)
        {
            var tokens = new List<MessageTemplateToken>(template.Parts.Count);
            foreach (MessageTemplatePart part in template.Parts)
            {
                MessageHole? hole = part.Hole;
                if (hole is null)
                {
                    tokens.Add(new TextToken(part.Literal!));
                    continue;
                }

                tokens.Add(Token(hole));
            }

            return new SerilogTemplate(template.Text, tokens);
        }

        internal static Destructuring ToDestructuring(HoleCapture capture) => capture switch
        {
            HoleCapture.Destructure => Destructuring.Destructure,
            HoleCapture.Stringify => Destructuring.Stringify,
            _ => Destructuring.Default,
        };
    }
}
