using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using I18nToolkit.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace I18nToolkit.Analyzers.Rules
{
    /// <summary>
    /// I18N0005: one ID, one text, across the whole compilation (one prefix). Reusing a message with the same text is
    /// fine; two texts under one ID would share one translation. Each site is reported, naming another.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DuplicateMessageIdAnalyzer : MessageRuleAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.DuplicateMessageId);

        private protected override void OnCompilationStart(CompilationStartAnalysisContext start, MessageRuleContext rule)
        {
            // A list under a lock per ID: a ConcurrentBag per ID would carry a ThreadLocal each (6,000 IDs, 6,000 of them).
            var sites = new ConcurrentDictionary<string, List<(string Text, SyntaxNode Node)>>(System.StringComparer.Ordinal);
            RegisterMessageAction(start, rule, (c, call) =>
            {
                if (call.Text is not null)
                {
                    ParsedMessages.Outcome outcome = rule.Parsed.Parse(call.Text);
                    if (outcome.HasValidId)
                    {
                        List<(string, SyntaxNode)> list = sites.GetOrAdd(outcome.Id.Value, _ => new List<(string, SyntaxNode)>(1));
                        lock (list)
                            list.Add((call.Text, call.MessageValue.Syntax));
                    }
                }
            });
            start.RegisterCompilationEndAction(end => Report(end, sites));
        }

        private static void Report(CompilationAnalysisContext context, ConcurrentDictionary<string, List<(string Text, SyntaxNode Node)>> sites)
        {
            foreach (KeyValuePair<string, List<(string Text, SyntaxNode Node)>> id in sites)
            {
                string first = id.Value.First().Text;
                if (id.Value.All(s => s.Text == first))
                    continue; // the usual case: one text, however often it is used

                // Locations only for the sites reported; ordered so diagnostics do not depend on thread timing.
                var ordered = id.Value.Select(s => (s.Text, Location: LiteralLocations.At(s.Node, 0, id.Key.Length)))
                    .OrderBy(s => s.Location.SourceTree?.FilePath, System.StringComparer.Ordinal)
                    .ThenBy(s => s.Location.SourceSpan.Start).ToList();
                foreach (var site in ordered)
                {
                    var other = ordered.First(s => s.Text != site.Text);
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateMessageId, site.Location,
                        new[] { other.Location }, id.Key, Describe(other.Location), other.Text));
                }
            }
        }

        private static string Describe(Location location)
        {
            FileLinePositionSpan span = location.GetLineSpan();
            return $"{System.IO.Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
        }
    }
}
