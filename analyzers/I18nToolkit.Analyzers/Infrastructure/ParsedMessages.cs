using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using I18nToolkit.Grammar;
using Microsoft.CodeAnalysis;

namespace I18nToolkit.Analyzers.Infrastructure
{
    /// <summary>
    /// Each message text parsed once per compilation and shared by every rule: several rules look at each message,
    /// and parsing is most of what they cost.
    /// </summary>
    internal sealed class ParsedMessages
    {
        private static readonly ConditionalWeakTable<Compilation, ParsedMessages> PerCompilation = new ConditionalWeakTable<Compilation, ParsedMessages>();

        private readonly ConcurrentDictionary<string, Outcome> _outcomes = new ConcurrentDictionary<string, Outcome>(System.StringComparer.Ordinal);
        private readonly MessageIdPattern _pattern;

        private ParsedMessages(MessageIdPattern pattern) => _pattern = pattern;

        public static ParsedMessages For(Compilation compilation, AnalyzerSettings settings) =>
            PerCompilation.GetValue(compilation, _ => new ParsedMessages(settings.IdPattern));

        public Outcome Parse(string text) => _outcomes.GetOrAdd(text, t =>
        {
            if (!MessageDefinition.TryReadId(t, _pattern, out MessageId id, out MessageFormatError? idError))
                return new Outcome(null, default, idError);
            return MessageDefinition.TryParse(t, _pattern, out MessageDefinition? definition, out MessageFormatError? error)
                ? new Outcome(definition, id, null)
                : new Outcome(null, id, error);
        });

        /// <summary>A parsed message, or the first error; <see cref="Id"/> is set whenever the ID itself is valid.</summary>
        internal sealed class Outcome
        {
            public Outcome(MessageDefinition? definition, MessageId id, MessageFormatError? error)
            {
                Definition = definition;
                Id = id;
                Error = error;
            }

            public MessageDefinition? Definition { get; }

            public MessageId Id { get; }

            public MessageFormatError? Error { get; }

            public bool HasValidId => !Id.IsEmpty;
        }
    }
}
