using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using I18nToolkit.Analyzers.Infrastructure;
using I18nToolkit.Grammar;
using I18nToolkit.Grammar.Translations;
using I18nToolkit.Resx;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace I18nToolkit.Analyzers.Rules
{
    /// <summary>
    /// I18N0008–I18N0012 and I18N0014: checks the translators' culture files (<c>Messages.de.resx</c>, passed as
    /// <c>AdditionalFiles</c>) against the messages in code: holes that differ (error, at the <c>.resx</c> line), plurals
    /// or selects that differ or lack the culture's CLDR categories (error, at the line), a
    /// message without a translation (info), a translation of a message no longer in code (info), a translation made
    /// from an older English text (warning, from the <c>[i18n source=…]</c> hash the build's merge stores), and a
    /// file that cannot be read (error).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TranslationAnalyzer : MessageRuleAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.TranslationHolesMismatch, DiagnosticDescriptors.TranslationChoicesMismatch, DiagnosticDescriptors.MissingTranslation,
            DiagnosticDescriptors.ObsoleteTranslation, DiagnosticDescriptors.StaleTranslation,
            DiagnosticDescriptors.UnreadableTranslationFile);

        private protected override bool ShouldRun(AnalyzerOptions options, AnalyzerSettings settings) =>
            options.AdditionalFiles.Any(f => CultureFiles.CultureOf(f.Path, settings.ResourceName) is not null);

        private protected override void OnCompilationStart(CompilationStartAnalysisContext start, MessageRuleContext rule)
        {
            var files = start.Options.AdditionalFiles.Where(f => CultureFiles.CultureOf(f.Path, rule.Settings.ResourceName) is not null).ToList();
            var messages = new ConcurrentDictionary<string, (MessageDefinition Definition, SyntaxNode Node)>(StringComparer.Ordinal);
            var conflicting = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
            RegisterMessageAction(start, rule, (c, call) =>
            {
                if (call.Text is not null
                    && rule.Parsed.Parse(call.Text).Definition is { } definition)
                {
                    var known = messages.GetOrAdd(definition.Id.Value, (definition, call.MessageValue.Syntax));
                    if (!string.Equals(known.Definition.Text, definition.Text, StringComparison.Ordinal))
                        conflicting[definition.Id.Value] = true;
                }
            });
            start.RegisterCompilationEndAction(end =>
            {
                // An ID with two texts is I18N0005's to report; held to either text, its translations would only add noise.
                foreach (string id in conflicting.Keys)
                    messages.TryRemove(id, out _);
                foreach (AdditionalText file in files)
                    Check(end, file, rule.Settings, messages, conflicting, end.CancellationToken);
            });
        }

        private static void Check(CompilationAnalysisContext context, AdditionalText file, AnalyzerSettings settings,
            ConcurrentDictionary<string, (MessageDefinition Definition, SyntaxNode Node)> messages,
            ConcurrentDictionary<string, bool> conflicting, CancellationToken cancellation)
        {
            SourceText? text = file.GetText(cancellation);
            if (text is null)
                return;
            string culture = CultureFiles.CultureOf(file.Path, settings.ResourceName)!;
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

            string keyStart = settings.Prefix + "-";
            var translated = new HashSet<string>(StringComparer.Ordinal);
            foreach (ResxEntry entry in entries)
            {
                if (!entry.Name.StartsWith(keyStart, StringComparison.Ordinal))
                    continue;
                string id = entry.Name.Substring(keyStart.Length);
                if (conflicting.ContainsKey(id))
                    continue;
                if (!messages.TryGetValue(id, out var message))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ObsoleteTranslation, At(file, text, entry.Line, entry.Column), name, entry.Name));
                    continue;
                }

                TranslationReview review = TranslationReview.Of(entry.Value, entry.Comment, message.Definition, culture);
                switch (review.Status)
                {
                    case TranslationStatus.Unusable:
                        translated.Add(id); // present but broken: I18N0008 says so, "missing" would only repeat it
                        context.ReportDiagnostic(Diagnostic.Create(
                            review.Check.Verdict == TranslationVerdict.ChoicesDiffer ? DiagnosticDescriptors.TranslationChoicesMismatch : DiagnosticDescriptors.TranslationHolesMismatch,
                            At(file, text, entry.Line, entry.Column), culture, entry.Name, review.Check.Problem));
                        break;
                    case TranslationStatus.Stale:
                        translated.Add(id);
                        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.StaleTranslation, At(file, text, entry.Line, entry.Column),
                            culture, entry.Name, message.Definition.Text));
                        break;
                    case TranslationStatus.Translated:
                        translated.Add(id);
                        break;
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
