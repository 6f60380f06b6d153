using System;
using I18nToolkit.Grammar;
using I18nToolkit.Grammar.Choices;

namespace I18nToolkit.Rendering
{
    /// <summary>
    /// Renders a parsed template with a message's arguments; a hole without an argument renders as written.
    /// The typed path has the shape of <c>string.Format</c> over a <c>CompositeFormat</c>: one loop, a switch on
    /// the argument index, values formatted unboxed.
    /// </summary>
    internal static class TemplateRenderer
    {
        /// <summary>Renders with up to three typed arguments; <paramref name="count"/> says how many are real.</summary>
        public static string Render<T0, T1, T2>(MessageTemplate template, IFormatProvider? provider, int count, T0 arg0, T1 arg1, T2 arg2)
        {
            // One try block for the whole message: a try block per hole would keep the hot path from inlining.
            try
            {
                return RenderTyped(template, provider, count, arg0, arg1, arg2);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A format that does not suit its value (an int with {0:Q}), or a ToString that throws: render again,
                // value by value, each failure contained (MessageTemplate.FormatValue) - rendering never throws.
                object?[] boxed = { arg0, arg1, arg2 };
                Array.Resize(ref boxed, count);
                return template.Format(provider, boxed);
            }
        }

        /// <summary>Renders with any number of boxed arguments.</summary>
        public static string Render(MessageTemplate template, IFormatProvider? provider, object?[]? args)
        {
            try
            {
                return RenderBoxed(template, provider, args);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return template.Format(provider, args);
            }
        }

        /// <summary>Renders like <see cref="Render{T0, T1, T2}"/> into <paramref name="destination"/>; false (0 written) when it does not fit.</summary>
        public static bool TryRender<T0, T1, T2>(MessageTemplate template, IFormatProvider? provider, int count, T0 arg0, T1 arg1, T2 arg2, Span<char> destination, out int charsWritten)
        {
#if NET8_0_OR_GREATER
            try
            {
                // The handler refuses a destination shorter than the literal length it is told; a template with choices
                // renders only one branch of each, so its literal length (all branches) is no lower bound.
                var handler = new MemoryExtensions.TryWriteInterpolatedStringHandler(template.HasChoices ? 0 : template.LiteralLength, template.HoleArray.Length, destination, provider, out bool fits);
                fits = fits && AppendSegmentsTo(ref handler, template.Segments, template, provider, count, arg0, arg1, arg2);
                if (fits && MemoryExtensions.TryWrite(destination, provider, ref handler, out charsWritten))
                    return true;
                charsWritten = 0;
                return false;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return CopyTo(Render(template, provider, count, arg0, arg1, arg2), destination, out charsWritten);
            }
#else
            return CopyTo(Render(template, provider, count, arg0, arg1, arg2), destination, out charsWritten);
#endif
        }

        /// <summary>Renders like <c>Render</c> with boxed arguments into <paramref name="destination"/>; false (0 written) when it does not fit.</summary>
        public static bool TryRender(MessageTemplate template, IFormatProvider? provider, object?[]? args, Span<char> destination, out int charsWritten)
        {
#if NET8_0_OR_GREATER
            if (template.HasChoices)
                return CopyTo(Render(template, provider, args), destination, out charsWritten);
            try
            {
                var handler = new MemoryExtensions.TryWriteInterpolatedStringHandler(template.LiteralLength, template.HoleArray.Length, destination, provider, out bool fits);
                int count = args?.Length ?? 0;
                TemplateSegment[] segments = template.Segments;
                for (int i = 0; fits && i < segments.Length; i++)
                {
                    TemplateSegment segment = segments[i];
                    if (segment.Literal is not null)
                        fits = handler.AppendLiteral(segment.Literal);
                    else if (segment.ArgumentIndex < count)
                        fits = AppendTo(ref handler, args![segment.ArgumentIndex], segment.Alignment, segment.Format);
                    else
                        fits = handler.AppendLiteral(segment.Hole!.RawText);
                }

                if (fits && MemoryExtensions.TryWrite(destination, provider, ref handler, out charsWritten))
                    return true;
                charsWritten = 0;
                return false;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return CopyTo(Render(template, provider, args), destination, out charsWritten);
            }
#else
            return CopyTo(Render(template, provider, args), destination, out charsWritten);
#endif
        }

#if NET8_0_OR_GREATER
        // The span form of AppendSegments: a choice renders its chosen branch in place, so a plural record written to a
        // CLEF line needs no string either.
        private static bool AppendSegmentsTo<T0, T1, T2>(ref MemoryExtensions.TryWriteInterpolatedStringHandler handler, TemplateSegment[] segments, MessageTemplate template,
            IFormatProvider? provider, int count, T0 arg0, T1 arg1, T2 arg2)
        {
            bool fits = true;
            for (int i = 0; fits && i < segments.Length; i++)
            {
                ref readonly TemplateSegment segment = ref segments[i];
                if (segment.Literal is not null)
                {
                    fits = handler.AppendLiteral(segment.Literal);
                    continue;
                }

                int argument = segment.ArgumentIndex < count ? segment.ArgumentIndex : -1;
                if (argument >= 0 && segment.Choice is { } choice)
                {
                    ChoiceBranch branch = argument switch
                    {
                        0 => template.SelectBranch(choice, arg0, provider),
                        1 => template.SelectBranch(choice, arg1, provider),
                        _ => template.SelectBranch(choice, arg2, provider),
                    };
                    fits = AppendSegmentsTo(ref handler, branch.Segments, template, provider, count, arg0, arg1, arg2);
                    continue;
                }

                if (argument >= 0 && segment.NumberOffset != 0)
                {
                    fits = argument switch
                    {
                        0 => AppendLessTo(ref handler, arg0, segment.NumberOffset),
                        1 => AppendLessTo(ref handler, arg1, segment.NumberOffset),
                        _ => AppendLessTo(ref handler, arg2, segment.NumberOffset),
                    };
                    continue;
                }

                fits = argument switch
                {
                    0 => AppendTo(ref handler, arg0, segment.Alignment, segment.Format),
                    1 => AppendTo(ref handler, arg1, segment.Alignment, segment.Format),
                    2 => AppendTo(ref handler, arg2, segment.Alignment, segment.Format),
                    _ => handler.AppendLiteral(segment.Hole!.RawText),
                };
            }

            return fits;
        }

        private static bool AppendLessTo<T>(ref MemoryExtensions.TryWriteInterpolatedStringHandler handler, T value, long offset)
        {
            if (typeof(T) == typeof(int))
                return handler.AppendFormatted((int)(object)value! - offset);
            if (typeof(T) == typeof(long))
                return handler.AppendFormatted((long)(object)value! - offset);
            return AppendTo(ref handler, PluralNumber.Less(value, offset), 0, null);
        }

        private static bool AppendTo<T>(ref MemoryExtensions.TryWriteInterpolatedStringHandler handler, T value, int alignment, string? format) =>
            value is null ? handler.AppendFormatted(MessageTemplate.NullText, alignment) : handler.AppendFormatted(value, alignment, format);
#endif

        private static bool CopyTo(string text, Span<char> destination, out int charsWritten)
        {
            if (text.AsSpan().TryCopyTo(destination))
            {
                charsWritten = text.Length;
                return true;
            }

            charsWritten = 0;
            return false;
        }

        private static string RenderTyped<T0, T1, T2>(MessageTemplate template, IFormatProvider? provider, int count, T0 arg0, T1 arg1, T2 arg2)
        {
#if NET8_0_OR_GREATER
            var builder = new MessageBuilder(template, provider, stackalloc char[256]);
#else
            var builder = new MessageBuilder(template, provider);
#endif
            AppendSegments(ref builder, template.Segments, template, provider, count, arg0, arg1, arg2);
            return builder.ToStringAndClear();
        }

        private static void AppendSegments<T0, T1, T2>(ref MessageBuilder builder, TemplateSegment[] segments, MessageTemplate template, IFormatProvider? provider, int count, T0 arg0, T1 arg1, T2 arg2)
        {
            for (int i = 0; i < segments.Length; i++)
            {
                ref readonly TemplateSegment segment = ref segments[i];
                if (segment.Literal is not null)
                {
                    builder.AppendLiteral(segment.Literal);
                    continue;
                }

                int argument = segment.ArgumentIndex < count ? segment.ArgumentIndex : -1;
                if (argument >= 0 && segment.IsStructured)
                {
                    AppendStructured(ref builder, in segment, template, provider, count, arg0, arg1, arg2);
                    continue;
                }

                switch (argument)
                {
                    case 0:
                        builder.AppendFormatted(arg0, segment.Alignment, segment.Format);
                        break;
                    case 1:
                        builder.AppendFormatted(arg1, segment.Alignment, segment.Format);
                        break;
                    case 2:
                        builder.AppendFormatted(arg2, segment.Alignment, segment.Format);
                        break;
                    default:
                        builder.AppendLiteral(segment.Hole!.RawText);
                        break;
                }
            }
        }

        // A choice renders the branch its argument selects; a '#' with an offset renders the value less the offset.
        private static void AppendStructured<T0, T1, T2>(ref MessageBuilder builder, in TemplateSegment segment, MessageTemplate template, IFormatProvider? provider, int count, T0 arg0, T1 arg1, T2 arg2)
        {
            if (segment.Choice is { } choice)
            {
                ChoiceBranch branch = segment.ArgumentIndex switch
                {
                    0 => template.SelectBranch(choice, arg0, provider),
                    1 => template.SelectBranch(choice, arg1, provider),
                    _ => template.SelectBranch(choice, arg2, provider),
                };
                AppendSegments(ref builder, branch.Segments, template, provider, count, arg0, arg1, arg2);
                return;
            }

            switch (segment.ArgumentIndex)
            {
                case 0:
                    AppendLess(ref builder, arg0, segment.NumberOffset);
                    break;
                case 1:
                    AppendLess(ref builder, arg1, segment.NumberOffset);
                    break;
                default:
                    AppendLess(ref builder, arg2, segment.NumberOffset);
                    break;
            }
        }

        private static void AppendLess<T>(ref MessageBuilder builder, T value, long offset)
        {
            if (typeof(T) == typeof(int))
                builder.AppendFormatted((int)(object)value! - offset, 0, null);
            else if (typeof(T) == typeof(long))
                builder.AppendFormatted((long)(object)value! - offset, 0, null);
            else
                builder.AppendFormatted(PluralNumber.Less(value, offset), 0, null);
        }

        private static string RenderBoxed(MessageTemplate template, IFormatProvider? provider, object?[]? args)
        {
            if (template.HasChoices)
                return template.Format(provider, args);
#if NET8_0_OR_GREATER
            var builder = new MessageBuilder(template, provider, stackalloc char[256]);
#else
            var builder = new MessageBuilder(template, provider);
#endif
            int count = args?.Length ?? 0;
            foreach (TemplateSegment segment in template.Segments)
            {
                if (segment.Literal is not null)
                    builder.AppendLiteral(segment.Literal);
                else if (segment.ArgumentIndex < count)
                    builder.AppendFormatted(args![segment.ArgumentIndex], segment.Alignment, segment.Format);
                else
                    builder.AppendLiteral(segment.Hole!.RawText);
            }

            return builder.ToStringAndClear();
        }
    }
}
