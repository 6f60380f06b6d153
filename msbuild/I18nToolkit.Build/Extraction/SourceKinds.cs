using System;
using System.Collections.Generic;
using I18nToolkit.Build.Extraction.Razor;

namespace I18nToolkit.Build.Extraction
{
    /// <summary>The source files extraction reads: C# as it is, Razor (<c>.razor</c>, <c>.cshtml</c>) through its C# projections.</summary>
    internal static class SourceKinds
    {
        public static bool IsRazor(string path) =>
            path.EndsWith(".razor", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase);

        /// <summary>The C# texts of a file, each as long as the file (positions are the file's): one for C#, two for Razor.</summary>
        public static IReadOnlyList<string> CSharpOf(string path, string text)
        {
            if (!IsRazor(path))
                return new[] { text };
            var (statements, members) = RazorProjection.Project(text);
            return new[] { statements, members };
        }
    }
}
