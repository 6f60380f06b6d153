using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using I18nToolkit.Analyzers.Infrastructure;
using I18nToolkit.Grammar;
using I18nToolkit.Grammar.Resx;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace I18nToolkit.Analyzers.Rules
{
    /// <summary>
    /// I18N0008–I18N0012: checks the translators' culture files (<c>Messages.de.resx</c>, passed as
    /// <c>AdditionalFiles</c>) against the messages in code: holes that differ (error, at the <c>.resx</c> line), a
    /// message without a translation (info), a translation of a message no longer in code (info), a translation made
    /// from an older English text (warning, from the <c>[i18n source=…]</c> hash the build's merge stores), and a
    /// file that cannot be read (error).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TranslationAnalyzer : MessageRuleAnalyzer
    {
        // Messages.de.resx, Messages.de-AT.resx, Messages.zh-Hans.resx, Messages.qps-ploc.resx
        private static readonly Regex CultureFile = new Regex(@"\.(?<culture>[a-z]{2,3}(-[A-Za-z0-9]{2,8})*)\.resx$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.TranslationHolesMismatch, DiagnosticDescriptors.MissingTranslation,
            DiagnosticDescriptors.ObsoleteTranslation, DiagnosticDescriptors.StaleTranslation,
            DiagnosticDescriptors.UnreadableTranslationFile);

        private protected override bool ShouldRun(AnalyzerOptions options) =>
            options.AdditionalFiles.Any(f => CultureFile.IsMatch(f.Path));

        private protected override void OnCompilationStart(CompilationStartAnalysisContext start, MessageRuleContext rule)
        {
            var files = start.Options.AdditionalFiles.Where(f => CultureFile.IsMatch(f.Path)).ToList();
            var messages = new ConcurrentDictionary<string, (string Text, MessageTemplate Template, SyntaxNode Node)>(StringComparer.Ordinal);
            start.RegisterOperationAction(c =>
            {
                if (MessageCall.TryGet((IInvocationOperation)c.Operation, rule.Symbols, out MessageCall call) && call.Text is not null
                    && rule.Parsed.Parse(call.Text).Definition is { } definition)
                {
                    messages.TryAdd(definition.Id.Value, (call.Text, definition.Template, call.Message.Value.Syntax));
                }
            }, OperationKind.Invocation);
            start.RegisterCompilationEndAction(end =>
            {
                foreach (AdditionalText file in files)
                    Check(end, file, rule.Settings.Prefix, messages, end.CancellationToken);
            });
        }

        private static void Check(CompilationAnalysisContext context, AdditionalText file, string prefix,
            ConcurrentDictionary<string, (string Text, MessageTemplate Template, SyntaxNode Node)> messages, CancellationToken cancellation)
        {
            SourceText? text = file.GetText(cancellation);
            if (text is null)
                return;
            string culture = CultureFile.Match(file.Path).Groups["culture"].Value;
            string name = Path.GetFileName(file.Path);

            IReadOnlyList<ResxEntry> entries;
            try
            {
                entries = ResxReader.Read(file.Path, new StringReader(text.ToString()));
            }
            catch (ResxFormatException e)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnreadableTranslationFile, At(file, text, e.Line, e.Column), e.Message));
                return;
            }

            string keyStart = prefix + "-";
            var translated = new HashSet<string>(StringComparer.Ordinal);
            foreach (ResxEntry entry in entries)
            {
                if (!entry.Name.StartsWith(keyStart, StringComparison.Ordinal))
                    continue;
                string id = entry.Name.Substring(keyStart.Length);
                TranslationMarkers markers = TranslationMarkers.Parse(entry.Comment);
                if (!messages.TryGetValue(id, out var message))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ObsoleteTranslation, At(file, text, entry.Line, entry.Column), name, entry.Name));
                    continue;
                }

                if (entry.Value.Length == 0 || markers.Untranslated)
                    continue; // counted as missing below
                translated.Add(id);

                string value = entry.Value.StartsWith(id + MessageDefinition.Separator, StringComparison.Ordinal)
                    ? entry.Value.Substring(id.Length + MessageDefinition.Separator.Length)
                    : entry.Value;
                string? problem = MessageTemplate.TryParse(value, out MessageTemplate? translation, out MessageFormatError? error)
                    ? message.Template.DescribeHoleDifference(translation!)
                    : error!.Message;
                if (problem is not null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.TranslationHolesMismatch, At(file, text, entry.Line, entry.Column),
                        culture, entry.Name, problem));
                }
                else if (markers.Stale || (markers.SourceHash is not null && markers.SourceHash != TranslationMarkers.HashSource(message.Text)))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.StaleTranslation, At(file, text, entry.Line, entry.Column),
                        culture, entry.Name, message.Text));
                }
            }

            foreach (var message in messages.OrderBy(m => m.Key, StringComparer.Ordinal))
            {
                if (!translated.Contains(message.Key))
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MissingTranslation,
                        LiteralLocations.At(message.Value.Node, 0, message.Key.Length), message.Key, culture, name));
            }
        }

        private static Location At(AdditionalText file, SourceText text, int line, int column)
        {
            int lineIndex = Math.Max(0, Math.Min(line - 1, text.Lines.Count - 1));
            TextLine textLine = text.Lines[lineIndex];
            int start = Math.Min(textLine.Start + Math.Max(0, column - 1), textLine.End);
            var span = TextSpan.FromBounds(start, textLine.End);
            return Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
        }
    }
}
