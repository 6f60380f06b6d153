using System;
using I18nToolkit.Grammar;

namespace I18nToolkit.Rendering
{
    /// <summary>Renders a parsed template with a message's arguments; a hole without an argument renders as written.</summary>
    internal static class TemplateRenderer
    {
        public static string Render<TArgs>(MessageTemplate template, IFormatProvider? provider, in TArgs args)
            where TArgs : struct, IArgumentSource
        {
#if NET8_0_OR_GREATER
            var builder = new MessageBuilder(template, provider, stackalloc char[256]);
#else
            var builder = new MessageBuilder(template, provider);
#endif
            TemplateSegment[] segments = template.Segments;
            int count = args.Count;
            for (int i = 0; i < segments.Length; i++)
            {
                MessageHole? hole = segments[i].Hole;
                if (hole is null)
                    builder.AppendLiteral(segments[i].Literal!);
                else if (hole.ArgumentIndex < count)
                    args.AppendArgument(ref builder, hole.ArgumentIndex, hole);
                else
                    builder.AppendLiteral(hole.RawText);
            }

            return builder.ToStringAndClear();
        }
    }
}
