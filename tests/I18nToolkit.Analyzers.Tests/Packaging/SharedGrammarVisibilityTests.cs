using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Xunit;

namespace I18nToolkit.Analyzers.Tests.Packaging
{
    /// <summary>
    /// The grammar is the runtime's public API; compiled into the analyzers and the build task it must stay internal,
    /// or a project that sees those assemblies meets <c>I18nToolkit.Grammar.MessageTemplate</c> three times.
    /// </summary>
    public class SharedGrammarVisibilityTests
    {
        [Theory]
        [InlineData("I18nToolkit.Analyzers")]
        [InlineData("I18nToolkit.CodeFixes")]
        [InlineData("I18nToolkit.Build")]
        public void The_linked_grammar_is_internal_outside_the_runtime(string assemblyName)
        {
            // Read from metadata: loading the build task's types would need MSBuild's assemblies.
            List<(string Name, bool IsPublic)> grammar = GrammarTypes(Path.Combine(System.AppContext.BaseDirectory, assemblyName + ".dll"));
            Assert.Empty(grammar.Where(t => t.IsPublic).Select(t => t.Name));
            if (assemblyName != "I18nToolkit.CodeFixes")
                Assert.Contains(grammar, t => t.Name == "MessageTemplate");
        }

        private static List<(string Name, bool IsPublic)> GrammarTypes(string path)
        {
            using var pe = new PEReader(File.OpenRead(path));
            MetadataReader reader = pe.GetMetadataReader();
            return reader.TypeDefinitions.Select(reader.GetTypeDefinition)
                .Where(t => reader.GetString(t.Namespace).StartsWith("I18nToolkit.Grammar", System.StringComparison.Ordinal))
                .Select(t => (reader.GetString(t.Name), (t.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public))
                .ToList();
        }

        [Fact]
        public void The_runtime_keeps_it_public()
        {
            Assert.True(typeof(I18nToolkit.Localization.Localizer).Assembly.GetType("I18nToolkit.Grammar.MessageTemplate")!.IsPublic);
        }
    }
}
