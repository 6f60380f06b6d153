using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace I18nToolkit.Build.Extraction
{
    /// <summary>
    /// Reads the messages written as constant expressions: <c>Loc.X(Texts.NotFound)</c>, <c>Loc.X(Prefix + "…")</c>,
    /// <c>Loc.X($"{Id}: …")</c>. The compiler accepts them (they are constants), so the build must extract them too. The
    /// project's files are compiled against the core library alone and asked for each argument's constant value: what
    /// is built from literals and constants of this project folds; a constant from another assembly cannot (the analyzers
    /// report that, I18N0013). Runs only for projects that have such arguments, over every file each time one changes.
    /// </summary>
    internal static class ConstantFolder
    {
        private static readonly Lazy<MetadataReference> CoreLibrary = new Lazy<MetadataReference>(() =>
            MetadataReference.CreateFromFile(typeof(object).Assembly.Location));

        private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest);

        /// <summary>The files' messages with those of their fold sites added (in line order); the files without sites as they are.</summary>
        public static FileMessages[] Fold(IReadOnlyList<(string FullPath, string ProjectPath)> sources, IReadOnlyList<FileMessages> files, SourceMessageExtractor extractor)
        {
            var result = files.ToArray();
            var found = new Dictionary<int, (List<FoundMessage> Messages, List<ExtractionProblem> Problems)>();
            var texts = new IReadOnlyList<string>[sources.Count];
            System.Threading.Tasks.Parallel.For(0, sources.Count, i => texts[i] = SourceKinds.CSharpOf(sources[i].ProjectPath, File.ReadAllText(sources[i].FullPath)));

            var bySymbols = new Dictionary<string, (string[] Symbols, List<(int File, FoldSite Site)> Sites)>(StringComparer.Ordinal);
            for (int i = 0; i < files.Count; i++)
            {
                foreach (FoldSite site in files[i].Folds)
                {
                    string key = string.Join(";", site.Symbols);
                    if (!bySymbols.TryGetValue(key, out var group))
                        bySymbols[key] = group = (site.Symbols.ToArray(), new List<(int, FoldSite)>());
                    group.Sites.Add((i, site));
                }
            }

            foreach (var (symbols, sites) in bySymbols.Values)
            {
                CSharpParseOptions options = ParseOptions.WithPreprocessorSymbols(symbols);
                var trees = new SyntaxTree[sources.Count][];
                System.Threading.Tasks.Parallel.For(0, sources.Count, i => trees[i] = texts[i].Select(t => CSharpSyntaxTree.ParseText(t, options, sources[i].ProjectPath)).ToArray());
                CSharpCompilation compilation = CSharpCompilation.Create("I18nToolkit.Folding", trees.SelectMany(t => t), new[] { CoreLibrary.Value },
                    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, concurrentBuild: false));
                foreach (var (file, site) in sites)
                {
                    string? text = null;
                    foreach (SyntaxTree tree in trees[file]) // a Razor file's site is in one of its two texts
                    {
                        if (!(tree.GetRoot().FullSpan.End >= site.Start + site.Length)
                            || tree.GetRoot().FindNode(new Microsoft.CodeAnalysis.Text.TextSpan(site.Start, site.Length), getInnermostNodeForTie: true) is not ExpressionSyntax argument
                            || argument.Span.Start != site.Start)
                            continue;
                        while (argument.Parent is ExpressionSyntax parent && parent.Span == argument.Span)
                            argument = parent;
                        if (compilation.GetSemanticModel(tree).GetConstantValue(argument) is { HasValue: true, Value: string value })
                            text = value;
                        break;
                    }

                    if (text is null)
                        continue; // not a constant the project can fold: a variable (I18N0001) or another assembly's (I18N0013)
                    if (!found.TryGetValue(file, out var lists))
                        found[file] = lists = (new List<FoundMessage>(), new List<ExtractionProblem>());
                    extractor.Add(sources[file].ProjectPath, site.Line, site.Column, text, lists.Messages, lists.Problems);
                }
            }

            foreach (var entry in found)
            {
                FileMessages before = files[entry.Key];
                result[entry.Key] = new FileMessages(
                    before.Messages.Concat(entry.Value.Messages).OrderBy(m => m.Line).ToList(),
                    before.Problems.Concat(entry.Value.Problems).OrderBy(p => p.Line).ThenBy(p => p.Column).ToList(),
                    before.Folds);
            }

            return result;
        }
    }
}
