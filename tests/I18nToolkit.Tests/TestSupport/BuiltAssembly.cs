using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Resources;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace I18nToolkit.Tests.TestSupport
{
    /// <summary>
    /// An assembly as a build makes one: compiled from source with embedded <c>.resources</c> and satellite assemblies in
    /// culture folders beside it, written to a temporary folder and loaded from there (so satellites are found as usual).
    /// </summary>
    internal sealed class BuiltAssembly : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "i18n-built-" + Guid.NewGuid().ToString("N"));
        private readonly AssemblyLoadContext _context;

        private BuiltAssembly(string name, string source, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> resources)
        {
            Directory.CreateDirectory(_folder);
            string main = Path.Combine(_folder, name + ".dll");
            Emit(name, source, main, resources.Where(r => !r.Key.Contains(".resources:", StringComparison.Ordinal)));
            foreach (var satellite in resources.Where(r => r.Key.Contains(".resources:", StringComparison.Ordinal)))
            {
                // "Base.Name.de.resources:de" -> de/Name.resources.dll holding Base.Name.de.resources
                string[] parts = satellite.Key.Split(':');
                string culture = parts[1];
                Directory.CreateDirectory(Path.Combine(_folder, culture));
                Emit(name + ".resources", $"[assembly: System.Reflection.AssemblyCulture(\"{culture}\")]", Path.Combine(_folder, culture, name + ".resources.dll"),
                    new[] { new KeyValuePair<string, IReadOnlyDictionary<string, string>>(parts[0], satellite.Value) });
            }

            _context = new AssemblyLoadContext("built-" + name, isCollectible: true);
            Assembly = _context.LoadFromAssemblyPath(main);
        }

        public Assembly Assembly { get; }

        /// <param name="resources">Manifest resource name (ending in <c>.resources</c>) → entries; a satellite is <c>Base.de.resources:de</c>.</param>
        public static BuiltAssembly Create(string name, string source, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> resources) =>
            new BuiltAssembly(name, source, resources);

        public void Dispose()
        {
            _context.Unload();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // Still mapped by the unloading context: the temp folder is cleaned later.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        private static void Emit(string name, string source, string path, IEnumerable<KeyValuePair<string, IReadOnlyDictionary<string, string>>> resources)
        {
            var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p));
            var compilation = CSharpCompilation.Create(name, new[] { CSharpSyntaxTree.ParseText(source) }, references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var descriptions = resources.Select(r => new ResourceDescription(r.Key, () => ToResources(r.Value), isPublic: true)).ToList();
            using var file = File.Create(path);
            var result = compilation.Emit(file, manifestResources: descriptions);
            if (!result.Success)
                throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        }

        private static Stream ToResources(IReadOnlyDictionary<string, string> entries)
        {
            var stream = new MemoryStream();
            using (var writer = new ResourceWriter(stream))
            {
                foreach (var entry in entries)
                    writer.AddResource(entry.Key, entry.Value);
                writer.Generate();
                return new MemoryStream(stream.ToArray());
            }
        }
    }
}
