using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using I18nToolkit.Grammar.Choices;
using I18nToolkit.Grammar.Plurals;

namespace I18nToolkit.Grammar
{
    /// <summary>
    /// A parsed message template: literal text and holes. Parse once, render many; instances are immutable
    /// and safe to share between threads.
    /// </summary>
    /// <remarks>
    /// Holes are either all positional (<c>{0}</c>, <c>{1:N2}</c>, <c>{2,-10}</c>) or all named (<c>{Pattern}</c>,
    /// <c>{Count:N0}</c>); <c>{{</c> and <c>}}</c> are literal braces. Named holes take their arguments in the
    /// order the names first appear; a name used twice refers to one argument.
    /// </remarks>
    // Public in the runtime; internal where this source is compiled into the analyzers and the build task.
#if I18N_SHARED_SOURCE
    internal
#else
    public
#endif
    sealed class MessageTemplate
    {
        private readonly string[] _names;

        internal MessageTemplate(string text, TemplateSegment[] segments, MessageHole[] holes, string[] names,
            bool isPositional, int argumentCount, int literalLength, bool hasChoices = false, string? pluralCulture = null)
        {
            HasChoices = hasChoices;
            PluralCulture = pluralCulture;
            if (hasChoices && pluralCulture is not null)
            {
                _cardinal = PluralRules.For(pluralCulture, PluralRuleType.Cardinal);
                _ordinal = PluralRules.For(pluralCulture, PluralRuleType.Ordinal);
            }

            Text = text;
            Segments = segments;
            HoleArray = holes;
            _names = names;
            IsPositional = isPositional;
            ArgumentCount = argumentCount;
            LiteralLength = literalLength;
            NameArgumentIndexes = new int[names.Length];
            for (int i = 0; i < names.Length; i++)
                NameArgumentIndexes[i] = isPositional ? int.Parse(names[i], CultureInfo.InvariantCulture) : i;
        }

        /// <summary>A template of literal text only; used to render a malformed message as written rather than fail.</summary>
        internal static MessageTemplate CreateLiteral(string text) =>
            new MessageTemplate(text, text.Length == 0 ? new TemplateSegment[0] : new[] { new TemplateSegment(text) },
                new MessageHole[0], new string[0], false, 0, text.Length);

        /// <summary>Returns a template that renders <paramref name="prefix"/> before this one (the "E131: " of a message).</summary>
        internal MessageTemplate WithLiteralPrefix(string prefix)
        {
            if (prefix.Length == 0)
                return this;
            var segments = new List<TemplateSegment>(Segments.Length + 1);
            if (Segments.Length > 0 && Segments[0].Literal is not null)
            {
                segments.Add(new TemplateSegment(prefix + Segments[0].Literal));
                for (int i = 1; i < Segments.Length; i++)
                    segments.Add(Segments[i]);
            }
            else
            {
                segments.Add(new TemplateSegment(prefix));
                segments.AddRange(Segments);
            }

            return new MessageTemplate(prefix + Text, segments.ToArray(), HoleArray, _names, IsPositional, ArgumentCount,
                LiteralLength + prefix.Length, HasChoices, PluralCulture);
        }

        private readonly PluralRuleSet? _cardinal, _ordinal;

        /// <summary>
        /// Whether the template has a plural, selectordinal or select (<c>{Count, plural, one {# file} other {# files}}</c>):
        /// its parts then depend on the arguments, and a logging adapter that renders templates itself takes them from <see cref="Choose"/>.
        /// </summary>
        public bool HasChoices { get; }

        /// <summary>The culture whose plural rules choose this template's branches, or null for the format provider's culture.</summary>
        internal string? PluralCulture { get; }

        /// <summary>
        /// This template with its plurals chosen by <paramref name="cultureName"/>'s rules, whatever culture formats it: a
        /// translation's plural categories are its language's. Without this, the format provider's culture chooses.
        /// </summary>
        internal MessageTemplate WithPluralCulture(string cultureName) =>
            !HasChoices || PluralCulture == cultureName
                ? this
                : new MessageTemplate(Text, Segments, HoleArray, _names, IsPositional, ArgumentCount, LiteralLength, HasChoices, cultureName);

        /// <summary>The rules that choose <paramref name="choice"/>'s branch when formatting with <paramref name="provider"/>.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        internal PluralRuleSet RulesFor(MessageChoice choice, IFormatProvider? provider)
        {
            PluralRuleSet? rules = choice.RuleType == PluralRuleType.Cardinal ? _cardinal : _ordinal;
            return rules ?? UnboundRules(choice, provider);
        }

        private static PluralRuleSet UnboundRules(MessageChoice choice, IFormatProvider? provider)
        {
#if I18N_SHARED_SOURCE
            // Analyzers must not read the current culture; they render nothing a user sees.
            return PluralRules.For((provider as CultureInfo)?.Name ?? PluralRules.SourceLanguage, choice.RuleType);
#else
            return PluralRules.For((provider as CultureInfo ?? CultureInfo.CurrentCulture).Name, choice.RuleType);
#endif
        }

        private MessageTemplatePart[]? _parts;

        /// <summary>For each entry of <see cref="HoleNames"/>, the index of the argument it takes.</summary>
        internal int[] NameArgumentIndexes { get; }

        /// <summary>For each entry of <see cref="HoleNames"/>, the index of the argument it takes.</summary>
        public IReadOnlyList<int> HoleArgumentIndexes => NameArgumentIndexes;

        /// <summary>
        /// The template as a sequence of literal text (escapes undone: <c>{{</c> is <c>{</c>) and holes, in order - what a
        /// logging adapter turns into its own template form. Built on first use.
        /// </summary>
        public IReadOnlyList<MessageTemplatePart> Parts => _parts ??= BuildParts();

        /// <summary>The template text as written.</summary>
        public string Text { get; }

        /// <summary>Every hole in order of appearance.</summary>
        public IReadOnlyList<MessageHole> Holes => HoleArray;

        /// <summary>The distinct hole names in order of first appearance (indices as text for positional holes).</summary>
        public IReadOnlyList<string> HoleNames => _names;

        /// <summary>Whether the holes are positional (<c>{0}</c>); false for named holes or no holes.</summary>
        public bool IsPositional { get; }

        /// <summary>How many arguments the template consumes: the highest index + 1, or the number of distinct names.</summary>
        public int ArgumentCount { get; }

        internal TemplateSegment[] Segments { get; }

        internal MessageHole[] HoleArray { get; }

        private MessageTemplatePart[] BuildParts()
        {
            var parts = new MessageTemplatePart[Segments.Length];
            for (int i = 0; i < parts.Length; i++)
                parts[i] = Segments[i].Hole is { } hole ? new MessageTemplatePart(hole) : new MessageTemplatePart(Segments[i].Literal!);
            return parts;
        }

        /// <summary>
        /// The parts the template renders with <paramref name="args"/>: like <see cref="Parts"/>, with each plural,
        /// selectordinal and select replaced by the parts of the branch its argument chooses, and a plural's <c>#</c> as a
        /// hole of the plural's argument (as literal text when the plural has an offset). What a logging adapter that
        /// renders templates itself needs; for a template without choices, <see cref="Parts"/>.
        /// </summary>
        /// <param name="formatProvider">Chooses the plural rules when the template has no culture of its own, and formats an offset <c>#</c>.</param>
        /// <param name="args">The arguments; a choice without one stays as written.</param>
        public IReadOnlyList<MessageTemplatePart> Choose(IFormatProvider? formatProvider, params object?[]? args)
        {
            if (!HasChoices)
                return Parts;
            var parts = new List<MessageTemplatePart>();
            AddChosen(parts, Segments, formatProvider, args);
            return parts;
        }

        private void AddChosen(List<MessageTemplatePart> parts, TemplateSegment[] segments, IFormatProvider? formatProvider, object?[]? args)
        {
            foreach (TemplateSegment segment in segments)
            {
                MessageHole? hole = segment.Hole;
                if (hole is null)
                    parts.Add(new MessageTemplatePart(segment.Literal!));
                else if (args is null || hole.ArgumentIndex >= args.Length)
                    parts.Add(segment.Choice is null ? new MessageTemplatePart(hole) : new MessageTemplatePart(hole.RawText));
                else if (segment.Choice is { } choice)
                    AddChosen(parts, SelectBranch(choice, args[hole.ArgumentIndex], formatProvider).Segments, formatProvider, args);
                else if (segment.NumberOffset != 0)
                    parts.Add(new MessageTemplatePart(FormatValue(PluralNumber.Less(args[hole.ArgumentIndex], segment.NumberOffset), null, formatProvider)));
                else
                    parts.Add(new MessageTemplatePart(hole));
            }
        }

        /// <summary>The number of literal characters, used to size render buffers.</summary>
        internal int LiteralLength { get; }

        /// <summary>Parses <paramref name="text"/>.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        /// <exception cref="MessageFormatException">The template is malformed; the exception names the position.</exception>
        public static MessageTemplate Parse(string text)
        {
            if (text is null)
                throw new ArgumentNullException(nameof(text));
            return MessageTemplateParser.Parse(text, 0, out MessageFormatError? error) ?? throw error!.ToException();
        }

        /// <summary>Parses <paramref name="text"/> without throwing.</summary>
        /// <param name="text">The template text.</param>
        /// <param name="template">The template, or null when the text is malformed.</param>
        /// <param name="error">The first error, or null when the text is well formed.</param>
        /// <returns>Whether the text is well formed.</returns>
        public static bool TryParse(string text, out MessageTemplate? template, out MessageFormatError? error) =>
            TryParse(text, 0, out template, out error);

        /// <summary>Parses a template that starts <paramref name="offset"/> characters into a larger text, so errors name positions in that text.</summary>
        internal static bool TryParse(string text, int offset, out MessageTemplate? template, out MessageFormatError? error)
        {
            if (text is null)
                throw new ArgumentNullException(nameof(text));
            template = MessageTemplateParser.Parse(text, offset, out error);
            return template is not null;
        }

        /// <summary>
        /// Whether <paramref name="other"/> has exactly the same set of holes (by name, or by index for positional
        /// templates), whatever their order, format or alignment. A translation must have the same holes as its source.
        /// </summary>
        public bool HasSameHoles(MessageTemplate other)
        {
            if (other is null)
                throw new ArgumentNullException(nameof(other));
            if (_names.Length != other._names.Length || (_names.Length > 0 && IsPositional != other.IsPositional))
                return false;
            foreach (string name in _names)
            {
                if (Array.IndexOf(other._names, name) < 0)
                    return false;
            }

            return true;
        }

        /// <summary>
        /// Describes how the holes of <paramref name="translation"/> differ from this template's
        /// (for example <c>missing {Directory}; unexpected {Dir}</c>), or returns null when they are the same.
        /// </summary>
        public string? DescribeHoleDifference(MessageTemplate translation)
        {
            if (translation is null)
                throw new ArgumentNullException(nameof(translation));
            if (HasSameHoles(translation))
                return null;
            var parts = new List<string>();
            var missing = new List<string>();
            foreach (string name in _names)
            {
                if (Array.IndexOf(translation._names, name) < 0)
                    missing.Add("{" + name + "}");
            }

            var extra = new List<string>();
            foreach (string name in translation._names)
            {
                if (Array.IndexOf(_names, name) < 0)
                    extra.Add("{" + name + "}");
            }

            if (missing.Count > 0)
                parts.Add("missing " + string.Join(", ", missing));
            if (extra.Count > 0)
                parts.Add("unexpected " + string.Join(", ", extra));
            if (parts.Count == 0)
                parts.Add(IsPositional ? "positional holes where the source has named ones" : "named holes where the source has positional ones");
            return string.Join("; ", parts);
        }

        /// <summary>
        /// Returns this template (a translation) with each hole taking the argument its name takes in
        /// <paramref name="source"/>, so a translation may reorder named holes. The holes must be the same set.
        /// </summary>
        /// <exception cref="ArgumentException">The hole sets differ.</exception>
        public MessageTemplate BindTo(MessageTemplate source)
        {
            if (source is null)
                throw new ArgumentNullException(nameof(source));
            string? difference = source.DescribeHoleDifference(this);
            if (difference is not null)
                throw new ArgumentException($"The template's holes differ from its source's: {difference}.", nameof(source));
            if (IsPositional || HoleArray.Length == 0)
                return this;

            var holes = new List<MessageHole>(HoleArray.Length);
            TemplateSegment[] segments = Rebind(Segments, source._names, holes);
            return new MessageTemplate(Text, segments, holes.ToArray(), source._names, IsPositional, source.ArgumentCount, LiteralLength, HasChoices, PluralCulture);
        }

        // Each hole (in the branches of choices too) takes its name's index among the source's names.
        private static TemplateSegment[] Rebind(TemplateSegment[] segments, string[] names, List<MessageHole> holes)
        {
            var bound = new TemplateSegment[segments.Length];
            for (int i = 0; i < segments.Length; i++)
            {
                TemplateSegment segment = segments[i];
                MessageHole? hole = segment.Hole;
                if (hole is null)
                {
                    bound[i] = segment;
                    continue;
                }

                MessageHole rebound = hole.WithArgumentIndex(Array.IndexOf(names, hole.Name));
                if (segment.IsNumber)
                {
                    bound[i] = TemplateSegment.Number(rebound, segment.NumberOffset);
                    continue;
                }

                if (hole.Choice is { } choice)
                {
                    int slot = holes.Count;
                    holes.Add(rebound);
                    var branches = new ChoiceBranch[choice.Branches.Length];
                    for (int b = 0; b < branches.Length; b++)
                        branches[b] = choice.Branches[b].WithSegments(Rebind(choice.Branches[b].Segments, names, holes));
                    rebound = rebound.WithChoice(choice.WithBranches(branches));
                    holes[slot] = rebound;
                }
                else
                {
                    holes.Add(rebound);
                }

                bound[i] = new TemplateSegment(rebound);
            }

            return bound;
        }

        /// <summary>
        /// Renders the template with <paramref name="args"/>. Never throws for a wrong argument count or a bad
        /// format: a hole without an argument is rendered as written (<c>{Directory}</c>), and a value whose format
        /// fails is rendered without the format.
        /// </summary>
        public string Format(IFormatProvider? formatProvider, params object?[]? args)
        {
            var builder = new StringBuilder(LiteralLength + 16 * HoleArray.Length);
            AppendSegments(builder, Segments, formatProvider, args);
            return builder.ToString();
        }

        private void AppendSegments(StringBuilder builder, TemplateSegment[] segments, IFormatProvider? formatProvider, object?[]? args)
        {
            foreach (TemplateSegment segment in segments)
            {
                if (segment.Literal is not null)
                {
                    builder.Append(segment.Literal);
                    continue;
                }

                MessageHole hole = segment.Hole!;
                if (args is null || hole.ArgumentIndex >= args.Length)
                {
                    builder.Append(hole.RawText);
                    continue;
                }

                object? value = args[hole.ArgumentIndex];
                if (segment.Choice is { } choice)
                    AppendSegments(builder, SelectBranch(choice, value, formatProvider).Segments, formatProvider, args);
                else if (segment.NumberOffset != 0)
                    AppendValue(builder, PluralNumber.Less(value, segment.NumberOffset), 0, null, formatProvider);
                else
                    AppendValue(builder, value, hole.Alignment, hole.Format, formatProvider);
            }
        }

        /// <summary>The branch <paramref name="value"/> takes; a value whose formatting throws takes <c>other</c>.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        internal ChoiceBranch SelectBranch<T>(MessageChoice choice, T value, IFormatProvider? formatProvider)
        {
            // A count cannot throw while choosing: no guard on the common path.
            if (typeof(T) == typeof(int) || typeof(T) == typeof(long))
                return choice.Select(value, RulesFor(choice, formatProvider));
            return SelectBranchGuarded(choice, value, formatProvider);
        }

        private ChoiceBranch SelectBranchGuarded<T>(MessageChoice choice, T value, IFormatProvider? formatProvider)
        {
            try
            {
                return choice.Select(value, RulesFor(choice, formatProvider));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return choice.Branches[choice.OtherIndex];
            }
        }

        /// <summary>The text a null argument renders as (the same as Microsoft.Extensions.Logging's).</summary>
        internal const string NullText = "(null)";

        internal static void AppendValue(StringBuilder builder, object? value, int alignment, string? format, IFormatProvider? formatProvider)
        {
            string text = FormatValue(value, format, formatProvider);
            int pad = Math.Abs(alignment) - text.Length;
            if (pad > 0 && alignment > 0)
                builder.Append(' ', pad);
            builder.Append(text);
            if (pad > 0 && alignment < 0)
                builder.Append(' ', pad);
        }

        internal static string FormatValue(object? value, string? format, IFormatProvider? formatProvider)
        {
            if (value is null)
                return NullText;
            try
            {
                if (formatProvider?.GetFormat(typeof(ICustomFormatter)) is ICustomFormatter custom)
                    return custom.Format(format, value, formatProvider) ?? string.Empty;
                if (value is IFormattable formattable)
                    return formattable.ToString(format, formatProvider) ?? string.Empty; // a null provider means the current culture
                return value.ToString() ?? string.Empty;
            }
            catch (FormatException)
            {
                // A format that does not suit the value must not take the message (or the log call) down.
                return PlainText(value);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return FailureMarker(e);
            }
        }

        /// <summary>The value's own text, or the marker when even that throws.</summary>
        private static string PlainText(object value)
        {
            try
            {
                return value.ToString() ?? string.Empty;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return FailureMarker(e);
            }
        }

        /// <summary>
        /// What a value renders as when formatting it throws: rendering never throws, so a message, a log record or a
        /// scope still comes out, with this in the value's place saying what went wrong.
        /// </summary>
        internal static string FailureMarker(Exception e) => "[" + e.GetType().Name + " in ToString]";

        /// <inheritdoc />
        public override string ToString() => Text;
    }
}
