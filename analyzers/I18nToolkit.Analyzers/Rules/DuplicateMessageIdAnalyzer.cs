using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using I18nToolkit.Analyzers.Infrastructure;
using I18nToolkit.Grammar;
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
    public sealed class DuplicateMessageIdAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.DuplicateMessageId);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var symbols = KnownSymbols.For(start.Compilation);
                if (symbols.Localizer is null)
                    return;
                var settings = AnalyzerSettings.Read(start.Options, start.Compilation);
                var sites = new ConcurrentDictionary<string, ConcurrentBag<(string Text, Location Location)>>();
                start.RegisterOperationAction(c =>
                {
                    if (MessageCall.TryGet((IInvocationOperation)c.Operation, symbols, out MessageCall call) && call.Text is not null
                        && MessageDefinition.TryReadId(call.Text, settings.IdPattern, out MessageId id, out _))
                    {
                        sites.GetOrAdd(id.Value, _ => new ConcurrentBag<(string, Location)>())
                            .Add((call.Text, LiteralLocations.At(call.Message.Value.Syntax, 0, id.Value.Length)));
                    }
                }, OperationKind.Invocation);
                start.RegisterCompilationEndAction(end => Report(end, sites));
            });
        }

        private static void Report(CompilationAnalysisContext context, ConcurrentDictionary<string, ConcurrentBag<(string Text, Location Location)>> sites)
        {
            foreach (KeyValuePair<string, ConcurrentBag<(string Text, Location Location)>> id in sites)
            {
                // Order the sites so the diagnostics do not depend on which thread analyzed what first.
                var ordered = id.Value.OrderBy(s => s.Location.SourceTree?.FilePath, System.StringComparer.Ordinal)
                    .ThenBy(s => s.Location.SourceSpan.Start).ToList();
                if (ordered.Select(s => s.Text).Distinct(System.StringComparer.Ordinal).Count() < 2)
                    continue;
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
