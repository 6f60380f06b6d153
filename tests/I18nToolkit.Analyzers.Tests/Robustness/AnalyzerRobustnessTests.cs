using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using I18nToolkit.Analyzers.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace I18nToolkit.Analyzers.Tests.Robustness
{
    /// <summary>The analyzers never throw (no AD0001), whatever code they are handed.</summary>
    public class AnalyzerRobustnessTests
    {
        private static readonly Dictionary<string, string> Strict = new() { ["I18nStrictLogging"] = "true" };

        private static async Task AssertNoAnalyzerException(CSharpCompilation compilation, params AdditionalText[] files)
        {
            var exceptions = new List<Exception>();
            var diagnostics = await AnalyzerHarness.RunAsync(compilation, buildProperties: Strict, additionalFiles: files, exceptions: exceptions);

            Assert.Empty(exceptions);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        }

        [Fact]
        public async Task Every_csharp_file_of_this_repository()
        {
            string root = AppContext.BaseDirectory;
            while (!File.Exists(Path.Combine(root, "I18nToolkit.sln")))
                root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Repository root not found.");
            var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
                .ToList();
            Assert.True(files.Count > 100, $"Only {files.Count} files found under {root}.");

            var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), new CSharpParseOptions(LanguageVersion.Latest), path: f));
            var compilation = CSharpCompilation.Create("Repository", trees, AnalyzerHarness.References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
            var resx = Directory.EnumerateFiles(root, "*.resx", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
                .Select(f => (AdditionalText)new TestAdditionalText(f, File.ReadAllText(f))).ToArray();

            await AssertNoAnalyzerException(compilation, resx);
        }

        public static IEnumerable<object[]> Adversarial()
        {
            yield return new object[] { "incomplete call", "void M() { Messages.Loc.X(" };
            yield return new object[] { "incomplete literal", "void M() { Messages.Loc.X(\"E100: {Name" };
            yield return new object[] { "incomplete hole and args", "void M(object a) { Messages.Loc.X(\"E100: {A} {\", a, " };
            yield return new object[] { "missing receiver", "void M() { .X(\"E100: x\"); X(\"E100: y\"); }" };
            yield return new object[] { "named args out of order", "void M(object a) { Messages.Loc.X(arg0: a, message: \"E100: {A}\"); }" };
            yield return new object[] { "huge string", "void M() { Messages.Loc.X(\"E100: " + new string('x', 1_000_000) + "{\"); }" };
            yield return new object[] { "many holes", "void M() { Messages.Loc.X(\"E100: " + string.Concat(Enumerable.Range(0, 5000).Select(i => "{H" + i + "}")) + "\"); }" };
            yield return new object[] { "deep concatenation", "const string S = \"E100: \"" + string.Concat(Enumerable.Repeat(" + \"a\"", 1500)) + "; void M() { Messages.Loc.X(S); }" };
            yield return new object[] { "deep parentheses", "void M(string s) { Messages.Loc.X(" + new string('(', 300) + "s" + new string(')', 300) + "); }" };
            yield return new object[] { "unicode", "void M() { Messages.Loc.X(\"E100: \\U0001F600 \u202E\u200B\uD83D{Name\"); Messages.Loc.X(\"\uFEFFE101: x\"); }" };
            yield return new object[] { "lone surrogate escape", "void M() { Messages.Loc.X(\"E100: \\uD800 } \\U0010FFFF {\"); }" };
            yield return new object[] { "raw multi-line", "void M() { Messages.Loc.X(\"\"\"\n    E100: {Broken\n    \"\"\"); }" };
            yield return new object[] { "interpolated raw", "void M(int n) { Messages.Loc.X($$\"\"\"E100: {{n}} {Hole}\"\"\"); }" };
            yield return new object[] { "utf8 literal", "void M() { var b = \"E100: {\"u8; }" };
            yield return new object[] { "throw oddities", "void M() { throw; } void N() { throw null!; } void O() => throw new System.Exception(message: null); " };
            yield return new object[] { "log oddities", "void M(Microsoft.Extensions.Logging.ILogger l) { l.LogWarning(null); l.Log(default, default, default(string), null, null!); }" };
            yield return new object[] { "garbage", "}}}{{{ class ;; void ( Messages.Loc.X(\"E1: \" @\"\"\" $\"{\" " };
        }

        [Theory]
        [MemberData(nameof(Adversarial))]
        public Task Adversarial_code(string name, string member)
        {
            Assert.NotNull(name);
            string source = AnalyzerHarness.Usings + "class C {\n" + member + "\n}";
            return AssertNoAnalyzerException(AnalyzerHarness.Compile(source));
        }

        [Fact]
        public async Task Random_fragments()
        {
            string[] fragments =
            {
                "Messages.Loc.X(", "Messages.Loc.T(", "\"E100: {A}\"", "\"E100: {0} {1}\"", "\"{\"", "\"}\"", "\"\"", ", a", ", b", ")", ";",
                "$\"E100: {a}\"", "@\"E101: \"\"{B}\"\"\"", "\"E102: \\\"{C}\\\"\"", "null", "(", "new object[] { a, b }", "log.LogWarning(",
                "throw new System.InvalidOperationException(", "\"\\u007B\"", "+", "?:", "{", "}", "\n",
            };
            var random = new Random(20261121);
            for (int round = 0; round < 40; round++)
            {
                var body = new StringBuilder();
                for (int i = 0; i < 60; i++)
                    body.Append(fragments[random.Next(fragments.Length)]).Append(' ');
                string source = AnalyzerHarness.Usings + "class C { void M(object a, object b, Microsoft.Extensions.Logging.ILogger log) {\n" + body + "\n} }";
                await AssertNoAnalyzerException(AnalyzerHarness.Compile(source));
            }
        }
    }
}
