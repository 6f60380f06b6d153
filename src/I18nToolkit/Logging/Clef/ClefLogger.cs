using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using I18nToolkit.Grammar;
using Microsoft.Extensions.Logging;

namespace I18nToolkit.Logging.Clef
{
    /// <summary>
    /// Writes each record as one CLEF line (Serilog's compact JSON: <c>@t @mt @m @i @l @x @tr @sp</c>, then properties,
    /// with the same meaning as Serilog's <c>ClefFormatter</c> gives them; <c>@i</c> is <see cref="EventType"/>): the
    /// record's own properties (holes, <c>MessageId</c>, <c>MessagePrefix</c>), <c>EventId</c>, <c>SourceContext</c>, and
    /// the properties of every scope - the diagnostic context among them - inner over outer, the record's own over all.
    /// </summary>
    internal sealed class ClefLogger : ILogger
    {
        private readonly string _category;
        private readonly ClefLoggerProvider _provider;

        public ClefLogger(string category, ClefLoggerProvider provider)
        {
            _category = category;
            _provider = provider;
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => _provider.ScopeProvider.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
                return;
            var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
            var order = new List<string>();
            void Add(string key, object? value)
            {
                if (!properties.ContainsKey(key))
                    order.Add(key);
                properties[key] = value;
            }

            string? template = null;
            if (_provider.Options.IncludeScopes)
            {
                _provider.ScopeProvider.ForEachScope(
                    (scope, _) =>
                    {
                        if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                        {
                            foreach (var pair in pairs)
                            {
                                if (pair.Key != "{OriginalFormat}")
                                    Add(pair.Key, pair.Value);
                            }
                        }
                    },
                    (object?)null);
            }

            if (state is IEnumerable<KeyValuePair<string, object?>> own)
            {
                foreach (var pair in own)
                {
                    if (pair.Key == "{OriginalFormat}")
                        template = pair.Value as string;
                    else
                        Add(pair.Key, pair.Value);
                }
            }

            string message = formatter(state, null);
            var line = new StringWriter(CultureInfo.InvariantCulture);
            line.Write("{\"@t\":");
            JsonText.WriteString(line, DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture));
            if (template is not null)
            {
                // A record without a template (a plain BeginScope-less log call of another library) has @m only, as CLEF allows.
                line.Write(",\"@mt\":");
                JsonText.WriteString(line, template);
            }

            line.Write(",\"@m\":");
            JsonText.WriteString(line, message);
            line.Write(",\"@i\":\"");
            line.Write(EventType.Text(EventType.Of(
                properties.TryGetValue(LogState<I18nToolkit.Localization.LocalizedString>.MessagePrefixProperty, out object? prefix) ? prefix as string : null,
                properties.TryGetValue(LogState<I18nToolkit.Localization.LocalizedString>.MessageIdProperty, out object? id) ? id as string : null,
                template ?? message)));
            line.Write('"');
            if (logLevel != LogLevel.Information)
            {
                line.Write(",\"@l\":");
                JsonText.WriteString(line, LevelName(logLevel));
            }

            if (exception is not null)
            {
                line.Write(",\"@x\":");
                JsonText.WriteString(line, exception.ToString());
            }

            // The trace and span of the current activity, as Serilog writes them (@tr, @sp: lowercase hex).
            System.Diagnostics.Activity? activity = System.Diagnostics.Activity.Current;
            if (activity is not null && activity.IdFormat == System.Diagnostics.ActivityIdFormat.W3C)
            {
                line.Write(",\"@tr\":\"");
                line.Write(activity.TraceId.ToHexString());
                line.Write("\",\"@sp\":\"");
                line.Write(activity.SpanId.ToHexString());
                line.Write('"');
            }

            if (eventId.Id != 0 || eventId.Name is not null)
            {
                line.Write(",\"EventId\":{\"Id\":");
                line.Write(eventId.Id.ToString(CultureInfo.InvariantCulture));
                if (eventId.Name is not null)
                {
                    line.Write(",\"Name\":");
                    JsonText.WriteString(line, eventId.Name);
                }

                line.Write('}');
            }

            line.Write(",\"SourceContext\":");
            JsonText.WriteString(line, _category);
            foreach (string key in order)
            {
                line.Write(',');
                JsonText.WriteString(line, key.StartsWith("@", StringComparison.Ordinal) ? "@" + key : key); // CLEF escapes a leading @
                line.Write(':');
                JsonText.WriteValue(line, properties[key]);
            }

            line.Write('}');
            _provider.Write(line.ToString());
        }

        /// <summary>Serilog's level names, which CLEF readers and Serilog.Expressions filters expect.</summary>
        private static string LevelName(LogLevel level) => LogLevelNames.FromMicrosoftLevel((int)level);
    }
}
