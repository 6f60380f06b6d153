using System;
using System.Collections.Generic;
using System.Diagnostics;
using I18nToolkit.Grammar;
using Microsoft.Extensions.Logging;

namespace I18nToolkit.Logging.Clef
{
    /// <summary>
    /// Writes each record as one CLEF line, UTF-8 straight into a per-thread buffer: <c>@t @m @mt @i @l @x @tr @sp</c>
    /// (<c>@mt</c> unless <see cref="ClefLoggerOptions.IncludeMessageTemplate"/> is off) with the meaning Serilog's
    /// <c>ClefFormatter</c> gives them (<c>@i</c> is
    /// <see cref="EventType"/>), then the record's own properties (a toolkit record: its holes, typed, <c>MessageId</c>,
    /// <c>MessagePrefix</c>; another library's: its pairs and <c>EventId</c>), <c>SourceContext</c>, and the properties
    /// of every scope - the diagnostic context among them - inner over outer, the record's own over all.
    /// </summary>
    internal sealed class ClefLogger : ILogger
    {
        private static readonly byte[][] LevelFields = CreateLevelFields();

        private readonly ClefLoggerProvider _provider;
        private readonly ClefLoggerOptions _options;
        private readonly byte[] _sourceContext;

        public ClefLogger(string category, ClefLoggerProvider provider)
        {
            _provider = provider;
            _options = provider.Options;
            var line = new Utf8LineBuffer();
            line.WriteName(SourceContextProperty);
            line.WriteString(category);
            _sourceContext = line.Written.ToArray();
        }

        private const string SourceContextProperty = "SourceContext";
        private const string OriginalFormat = "{OriginalFormat}";

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => _provider.ScopeProvider.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
                return;
            Utf8LineBuffer line = Utf8LineBuffer.Rent();
            try
            {
                line.WriteRaw("{\"@t\":"u8);
                line.WriteTimestamp(DateTime.UtcNow);
                ClefStateWriter<TState>? typed = ClefStateWriter<TState>.Instance;
                if (typed is not null)
                    typed.WriteMessage(in state, line, _options.IncludeMessageTemplate);
                else
                    WriteForeignMessage(line, state, formatter);

                if ((uint)logLevel < (uint)LevelFields.Length && logLevel != LogLevel.Information)
                    line.WriteRaw(LevelFields[(int)logLevel]);
                if (exception is not null)
                {
                    line.WriteRaw(",\"@x\":"u8);
                    line.WriteString(exception.ToString());
                }

                WriteActivity(line);
                if (typed is not null)
                {
                    typed.WriteProperties(in state, line);
                }
                else
                {
                    WriteForeignProperties(line, state);
                    if (eventId.Id != 0 || eventId.Name is not null)
                        WriteEventId(line, eventId);
                }

                line.WriteRaw(_sourceContext);
                line.AddKey(SourceContextProperty);
                if (_options.IncludeScopes)
                    WriteScopes(line);
                line.WriteByte((byte)'}');
                _provider.Output.Append(line.Written, logLevel >= _options.FlushLevel);
            }
            finally
            {
                line.Return();
            }
        }

        private void WriteForeignMessage<TState>(Utf8LineBuffer line, TState state, Func<TState, Exception?, string> formatter)
        {
            string? template = null;
            if (state is IReadOnlyList<KeyValuePair<string, object?>> list)
            {
                // MEL's own states keep {OriginalFormat} last.
                for (int i = list.Count - 1; i >= 0; i--)
                {
                    if (list[i].Key == OriginalFormat)
                    {
                        template = list[i].Value as string;
                        break;
                    }
                }
            }
            else if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                foreach (var pair in pairs)
                {
                    if (pair.Key == OriginalFormat)
                        template = pair.Value as string;
                }
            }

            string message = formatter(state, null);
            line.WriteRaw(",\"@m\":"u8);
            line.WriteString(message);
            if (template is not null && _options.IncludeMessageTemplate)
            {
                line.WriteRaw(",\"@mt\":"u8);
                line.WriteString(template);
            }

            // Another library's record has no message ID: its template's hash, as Serilog gives it (the text when it has none).
            ClefMessageCache.WriteEventType(line, EventType.Of(null, null, template ?? message));
        }

        private static void WriteForeignProperties<TState>(Utf8LineBuffer line, TState state)
        {
            if (state is IReadOnlyList<KeyValuePair<string, object?>> list)
            {
                for (int i = 0; i < list.Count; i++)
                    WritePair(line, list[i]);
            }
            else if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                foreach (var pair in pairs)
                    WritePair(line, pair);
            }
        }

        private static void WriteEventId(Utf8LineBuffer line, EventId eventId)
        {
            if (line.HasKey("EventId"))
                return;
            line.WriteRaw(",\"EventId\":{\"Id\":"u8);
            line.WriteInt64(eventId.Id);
            if (eventId.Name is not null)
            {
                line.WriteRaw(",\"Name\":"u8);
                line.WriteString(eventId.Name);
            }

            line.WriteByte((byte)'}');
            line.AddKey("EventId");
        }

        private void WriteScopes(Utf8LineBuffer line)
        {
            _provider.ScopeProvider.ForEachScope(static (scope, target) => target.AddScope(scope), line);
            for (int s = line.ScopeCount - 1; s >= 0; s--)
            {
                switch (line.Scope(s))
                {
                    case IReadOnlyList<KeyValuePair<string, object?>> list:
                        for (int i = 0; i < list.Count; i++)
                            WritePair(line, list[i]);
                        break;
                    case IEnumerable<KeyValuePair<string, object?>> pairs:
                        foreach (var pair in pairs)
                            WritePair(line, pair);
                        break;
                }
            }
        }

        private static void WritePair(Utf8LineBuffer line, KeyValuePair<string, object?> pair)
        {
            if (string.IsNullOrEmpty(pair.Key) || pair.Key == OriginalFormat || line.HasKey(pair.Key))
                return;
            line.WriteName(pair.Key);
            line.WriteObject(pair.Value);
            line.AddKey(pair.Key);
        }

        /// <summary>The trace and span of the current activity, as Serilog writes them (<c>@tr</c>, <c>@sp</c>: lowercase hex).</summary>
        private static void WriteActivity(Utf8LineBuffer line)
        {
            Activity? activity = Activity.Current;
            if (activity is null || activity.IdFormat != ActivityIdFormat.W3C)
                return;
            Span<byte> id = stackalloc byte[16];
            line.WriteRaw(",\"@tr\":\""u8);
            activity.TraceId.CopyTo(id);
            line.WriteHex(id);
            line.WriteRaw("\",\"@sp\":\""u8);
            activity.SpanId.CopyTo(id.Slice(0, 8));
            line.WriteHex(id.Slice(0, 8));
            line.WriteByte((byte)'"');
        }

        /// <summary><c>,"@l":"…"</c> with Serilog's level names, which CLEF readers and Serilog.Expressions filters expect.</summary>
        private static byte[][] CreateLevelFields()
        {
            var fields = new byte[(int)LogLevel.Critical + 1][];
            for (int level = 0; level < fields.Length; level++)
            {
                var line = new Utf8LineBuffer();
                line.WriteRaw(",\"@l\":"u8);
                line.WriteString(LogLevelNames.FromMicrosoftLevel(level));
                fields[level] = line.Written.ToArray();
            }

            return fields;
        }
    }
}
