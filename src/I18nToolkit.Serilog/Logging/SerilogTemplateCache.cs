using System.Collections.Generic;
using System.Runtime.CompilerServices;
using I18nToolkit.Grammar;
using MessageTemplate = I18nToolkit.Grammar.MessageTemplate;
using Serilog.Events;
using Serilog.Parsing;
using SerilogTemplate = Serilog.Events.MessageTemplate;

namespace I18nToolkit.Logging
{
    /// <summary>
    /// Serilog's form of each toolkit template, built once per template (the toolkit's templates are cached per
    /// message and culture, so this table stays as small as they are and is freed with them).
    /// </summary>
    internal static class SerilogTemplateCache
    {
        private static readonly ConditionalWeakTable<MessageTemplate, SerilogTemplate> Cache =
            new ConditionalWeakTable<MessageTemplate, SerilogTemplate>();

        private static readonly ConditionalWeakTable<MessageTemplate, SerilogTemplate>.CreateValueCallback Create = Convert;

        public static SerilogTemplate Get(MessageTemplate template) => Cache.GetValue(template, Create);

        private static SerilogTemplate Convert(MessageTemplate template)
        {
            var tokens = new List<MessageTemplateToken>(template.Segments.Length);
            foreach (TemplateSegment segment in template.Segments)
            {
                MessageHole? hole = segment.Hole;
                if (hole is null)
                {
                    tokens.Add(new TextToken(segment.Literal!));
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
