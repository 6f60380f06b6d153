using System;
using Microsoft.CodeAnalysis;

namespace I18nToolkit.Analyzers.Infrastructure
{
    /// <summary>
    /// The C# the Razor source generator makes of <c>.razor</c> and <c>.cshtml</c> files. It is generated code (so
    /// analyzers skip it by default), but it is the user's code, written in the Razor file, and its <c>#line</c>
    /// directives place diagnostics there: the toolkit's rules analyze it.
    /// </summary>
    internal static class RazorCode
    {
        /// <summary>Whether <paramref name="tree"/> is the generator's output for a Razor file (hint names end in <c>_razor.g.cs</c> / <c>_cshtml.g.cs</c>).</summary>
        public static bool IsRazorOutput(SyntaxTree? tree)
        {
            string path = tree?.FilePath ?? string.Empty;
            return path.EndsWith("_razor.g.cs", StringComparison.OrdinalIgnoreCase) || path.EndsWith("_cshtml.g.cs", StringComparison.OrdinalIgnoreCase)
                || path.EndsWith(".razor.g.cs", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".cshtml.g.cs", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Whether a rule that leaves generated code alone should look at this operation: hand-written code, or Razor's.</summary>
        public static bool IsUsersCode(bool isGeneratedCode, SyntaxTree? tree) => !isGeneratedCode || IsRazorOutput(tree);
    }
}
