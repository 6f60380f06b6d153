using CsCheck;
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using I18nToolkit.Build.Extraction;
using I18nToolkit.Grammar;
using Xunit;

namespace I18nToolkit.Build.Tests.Extraction.Scanning
{
    /// <summary>
    /// The token scanner is a shortcut, never a second definition: wherever it answers, it must give the literals,
    /// lines and columns the Roslyn tree gives; where the syntax decides, it must decline.
    /// </summary>
    public class MessageCallScannerTests
    {
        private static readonly SourceMessageExtractor Extractor = new SourceMessageExtractor(MessageIdPattern.Default);

        private static string Body(string statements) => "class C\n{\n    void M(object a, object b)\n    {\n" + statements + "\n    }\n}\n";

        private static void AssertSame(string source)
        {
            var tokens = Extractor.FindWithTokens(source);
            Assert.True(tokens is not null, "The scanner declined:\n" + source);
            Assert.Equal(SourceMessageExtractor.FindWithParser("A.cs", source), tokens);
        }

        private static void AssertDeclines(string source) => Assert.Null(Extractor.FindWithTokens(source));

        [Theory]
        [InlineData(@"Loc.X(""E100: Plain {A}"", a);")]
        [InlineData(@"var s = Loc.T(""E100: Plain"") + Loc.T(""E101: Second"");")]
        [InlineData(@"X(""E100: Bare call"");")]
        [InlineData(@"@Loc.@X(""E100: Verbatim names"");")]
        [InlineData(@"loc?.X(""E100: Conditional access"");")]
        [InlineData(@"Loc.X(message: ""E100: Named"", a);")]
        [InlineData(@"Loc.X(text: ""E100: Other name"", a);")]
        [InlineData(@"Loc.X(""E100: Escapes \t \"" \u00e9 \x41 \\"");")]
        [InlineData(@"Loc.X(@""E100: Verbatim """"quoted""""
second line"");")]
        [InlineData("Loc.X(\"\"\"E100: Raw \"quoted\" {A}\"\"\", a);")]
        [InlineData("Loc.X(\"\"\"\n        E100: Raw multi-line\n        \"\"\");")]
        [InlineData(@"Loc.X(""E100: Utf8""u8);")]
        [InlineData(@"var s = $""{Loc.T(""E100: In a hole"")} and {a,5:N2} and {{braces}}"";")]
        [InlineData(@"var s = $@""{Loc.T(""E100: In a verbatim hole"")} """" {(a is null ? 1 : 2)}"";")]
        [InlineData("var s = $$\"\"\"{{Loc.T(\"E100: Raw hole\")}} {literal} \"\"\";")]
        [InlineData(@"var s = $""{$""{Loc.T(""E100: Nested hole"")}""}"";")]
        [InlineData(@"// Loc.X(""E100: In a comment"");
/* Loc.X(""E101: In a block comment""); */ Loc.X(""E102: After it"");")]
        [InlineData(@"var s = ""Loc.X(\""E100: In a string\"")""; var c = '""'; Loc.X(""E101: After a quote char"");")]
        [InlineData(@"new Loc.X(""E100: Object creation"");")]
        [InlineData(@"new X(""E100: Object creation"");")]
        [InlineData(@"Foo().X(""E100: On a call result"").Y(Loc.X(""E101: Inside""));")]
        [InlineData(@"global::App.Loc.X(""E100: Global"");")]
        [InlineData(@"alias::X(""E100: Alias qualified"");")]
        [InlineData(@"Loc.X (  /* c */ ""E100: Spaced"" , a ) ;")]
        [InlineData(@"Loc.Y(""E100: Other method"");")]
        [InlineData(@"Loc.X(""E100: Line\u2028separator"");")]
        [InlineData("#region Messages\n#pragma warning disable CS0168\nLoc.X(\"E100: After directives\");\n#endregion")]
        [InlineData(@"Func<string> f = () => Loc.T(""E100: In a lambda""); var n = 1.5e+3 + 0x1F + .5f + 1_000;")]
        [InlineData(@"var d = new Dictionary<string, int> { [""k""] = 1 }; Loc.X(""E100: After an indexer"");")]
        [InlineData(@"if (a is null) { return; } Loc.X(""E100: After a pattern statement"");")]
        [InlineData("Loc.X(\"E100: Line one\");\r\nLoc.X(\"E101: After CRLF\");\rLoc.X(\"E102: After CR\");")]
        public void The_scanner_gives_the_parsers_answer(string statements) => AssertSame(Body(statements));

        [Theory]
        [InlineData(@"[X(""E100: An attribute"")] void Local() { }")]
        [InlineData(@"var v = list[Loc.X(""E100: Element access"")];")]
        [InlineData(@"if (a is X(""E100: A positional pattern"")) { }")]
        [InlineData(@"var r = a switch { _ => Loc.T(""E100: Switch arm"") };")]
        [InlineData(@"switch (a) { case 1: Loc.X(""E100: In a case""); break; }")]
        [InlineData(@"Loc.X<int>(""E100: Type arguments {A}"", 1);")]
        [InlineData("#if DEBUG\nLoc.X(\"E100: Conditional\");\n#endif")]
        [InlineData(@"Loc.X(""E100: Text"" + ""concatenated"");")] // constants: the parser and the folding decide
        [InlineData(@"Loc.X($""E100: Interpolated {a}"");")]
        [InlineData(@"Loc.X(a, ""E100: Not first"");")]
        [InlineData(@"Loc.X(Texts.NotFound, a);")]
        [InlineData(@"Loc.T((Prefix + ""x""));")]
        [InlineData(@"var s = ""unterminated")]
        [InlineData(@"/* unterminated comment Loc.X(""E100: x"");")]
        [InlineData(@"var \u0058 = 1; Loc.X(""E100: Escaped identifier"");")]
        public void The_scanner_declines_where_the_syntax_decides(string statements) => AssertDeclines(Body(statements));

        [Fact]
        public void Declined_files_still_extract_through_the_parser()
        {
            string source = Body("#if DEBUG\n        Loc.X(\"E100: Debug only\");\n#else\n        Loc.X(\"E101: Release\");\n#endif");

            FileMessages result = Extractor.Extract("A.cs", source);

            // Every branch: translations must exist for every configuration.
            Assert.Equal(new[] { "E100", "E101" }, result.Messages.Select(m => m.Definition.Id.Value));
        }

        [Fact]
        public void Every_source_file_of_this_repository_gets_the_parsers_answer()
        {
            string root = RepositoryRoot();
            int compared = 0, declined = 0;
            foreach (string file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar)))
            {
                string text = File.ReadAllText(file);
                var tokens = Extractor.FindWithTokens(text);
                if (tokens is null)
                {
                    declined++;
                    continue;
                }

                Assert.True(SourceMessageExtractor.FindWithParser(file, text).SequenceEqual(tokens), file);
                compared++;
            }

            Assert.True(compared > 100, $"compared {compared}");
            Assert.True(compared > declined, $"compared {compared}, declined {declined}");
        }

        [Fact]
        public void Random_code_built_from_tricky_fragments_gets_the_parsers_answer()
        {
            string[] fragments =
            {
                "Loc.X(\"E1{0}: Text {{A}}\", a);", "var s{0} = Loc.T(\"W1{0}: Warn\");", "X(\"I1{0}: bare\");",
                "loc?.X(\"E2{0}: cond\");", "new Loc.X(\"E3{0}: creation\");", "// Loc.X(\"E4{0}: comment\")\n",
                "/* \" Loc.X(\"E5{0}: block\") */", "var q{0} = \"Loc.X(\\\"E6{0}: string\\\")\";", "var c{0} = '\\'';",
                "var i{0} = $\"{{Loc.T(\"E7{0}: hole\")}} {{a}}\";", "var v{0} = @\"\"\"Loc.X(\"\"E8{0}\"\")\";",
                "var r{0} = \"\"\"\"Loc.X(\"E9{0}: raw\")\"\"\"\";", "Loc.X(message: \"E10{0}: named\");", "Loc.X(\"E11{0}\" + \"x\");",
                "var u{0} = \"E12{0}: x\"u8;", "Func<string> f{0} = () => Loc.T(\"E13{0}: lambda\");", "M(a, Loc.X(\"E14{0}: arg\"), b);",
                "var n{0} = 1.5e-3 + 0x_FF + 2L;", "@Loc.X(\"E15{0}: verbatim name\");", "Loc.X(\"E16{0}: \\u00e9 \\t\");",
                "{ Loc.X(\"E17{0}: block\"); }", "Loc.X(\r\n\"E18{0}: crlf\");", "Loc.X(\"E19{0}: escaped nel \\u0085\");", "Loc.X(\"E20{0}: raw nel\u0085is a line break\");",
            };
            int compared = 0;
            // Property-based (CsCheck: shrinks a failure to its smallest program and prints its seed): any sequence of
            // the fragments is read by the token scanner exactly as by Roslyn's parser, or declined.
            Gen.Int[0, fragments.Length - 1].Array[1, 11].Sample(
                picks =>
                {
                    var body = new StringBuilder();
                    for (int i = 0; i < picks.Length; i++)
                        body.Append("        ").Append(fragments[picks[i]].Replace("{0}", i.ToString(), StringComparison.Ordinal)).Append('\n');
                    string source = Body(body.ToString());
                    var tokens = Extractor.FindWithTokens(source);
                    if (tokens is null)
                        return; // declined (a concatenation to fold, a NEL the compiler reports): the build parses the file

                    Assert.True(SourceMessageExtractor.FindWithParser("A.cs", source).SequenceEqual(tokens), source);
                    System.Threading.Interlocked.Increment(ref compared);
                },
                iter: 2_000,
                seed: "0Qc7bqKRaGc3",
                print: picks => string.Join(",", picks));
            Assert.InRange(compared, 200, 2_000); // most programs are read by the scanner, not declined
        }

        private static string RepositoryRoot()
        {
            string? folder = AppContext.BaseDirectory;
            while (folder is not null && !File.Exists(Path.Combine(folder, "I18nToolkit.sln")))
                folder = Path.GetDirectoryName(folder);
            return folder ?? throw new InvalidOperationException("I18nToolkit.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
