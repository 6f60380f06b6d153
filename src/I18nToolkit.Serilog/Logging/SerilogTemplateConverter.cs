using System.Collections.Generic;
using I18nToolkit.Grammar;
using MessageTemplate = I18nToolkit.Grammar.MessageTemplate;
using Serilog.Events;
using Serilog.Parsing;
using SerilogTemplate = Serilog.Events.MessageTemplate;

namespace I18nToolkit.Logging
{
    /// <summary>Turns a toolkit template into Serilog's form: text tokens and property tokens with the same names.</summary>
    internal static class SerilogTemplateConverter
    {
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

                Alignment? alignment = hole.Alignment == 0
                    ? null
                    : new Alignment(hole.Alignment < 0 ? AlignmentDirection.Left : AlignmentDirection.Right, System.Math.Abs(hole.Alignment));
                tokens.Add(new PropertyToken(hole.Name, hole.RawText, hole.Format, alignment, ToDestructuring(hole.Capture)));
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
