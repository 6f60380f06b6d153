using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using I18nToolkit.Grammar;

namespace I18nToolkit.Cli.Projects
{
    /// <summary>
    /// A project as the build would see it, read without a build: the <c>I18n*</c> properties of the project file
    /// (unconditional ones, with <c>$(Property)</c> references to properties of the same file), the build's defaults for
    /// the rest, and the SDK's default <c>Compile</c> glob (every <c>.cs</c> below the folder except <c>bin/</c>,
    /// <c>obj/</c> and hidden folders). Command-line options override each setting.
    /// </summary>
    internal sealed class ProjectSettings
    {
        private static readonly Regex PropertyReference = new Regex(@"\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)", RegexOptions.CultureInvariant);

        private ProjectSettings(string directory, string? projectFile, IReadOnlyDictionary<string, (string Value, string Where)> properties)
        {
            Directory = directory;
            ProjectFile = projectFile;
            string name = projectFile is null ? Path.GetFileName(directory.TrimEnd(Path.DirectorySeparatorChar)) : Path.GetFileNameWithoutExtension(projectFile);
            string Get(string key, string fallback)
            {
                if (!properties.TryGetValue(key, out var property) || property.Value.Length == 0)
                    return fallback;
                if (property.Value.Contains("$(", StringComparison.Ordinal))
                    throw new CliException($"{property.Where}: {key} = '{property.Value}' refers to a property only a build can evaluate; pass the value as an option.");
                return property.Value;
            }

            string assembly = Get("AssemblyName", name);
            Prefix = Get("I18nPrefix", assembly);
            IdPattern = Get("I18nIdPattern", MessageIdPattern.Default.Pattern);
            ResourceFolder = Get("I18nResourceFolder", "Resources");
            ResourceName = Get("I18nResourceName", "Messages");
            Cultures = Get("I18nCultures", string.Empty).Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim()).Where(c => c.Length > 0).ToArray();
        }

        /// <summary>The project folder.</summary>
        public string Directory { get; }

        /// <summary>The project file, or null when a folder without one was given.</summary>
        public string? ProjectFile { get; }

        public string Prefix { get; set; }

        public string IdPattern { get; set; }

        public string ResourceFolder { get; set; }

        public string ResourceName { get; set; }

        public IReadOnlyList<string> Cultures { get; set; }

        /// <summary>The neutral file, absolute.</summary>
        public string NeutralResourceFile => Path.GetFullPath(Path.Combine(Directory, ResourceFolder, ResourceName + ".resx"));

        public MessageIdPattern Pattern()
        {
            try
            {
                return MessageIdPattern.Create(IdPattern);
            }
            catch (ArgumentException e)
            {
                throw new CliException($"The ID pattern '{IdPattern}' is not usable: {e.Message}");
            }
        }

        /// <summary>
        /// The projects at <paramref name="path"/>: a <c>.csproj</c> file; a folder holding one; a folder holding none,
        /// whose sub-folders hold projects (each one, extracted on its own, as builds do); else the folder as a plain
        /// folder of sources.
        /// </summary>
        public static IReadOnlyList<ProjectSettings> LoadAll(string path)
        {
            string full = Path.GetFullPath(path);
            if (File.Exists(full) || !System.IO.Directory.Exists(full) || System.IO.Directory.GetFiles(full, "*.csproj").Length > 0)
                return new[] { Load(path) };
            var projects = new List<string>();
            var pending = new Stack<string>();
            pending.Push(full);
            while (pending.Count > 0)
            {
                string folder = pending.Pop();
                string[] here = System.IO.Directory.GetFiles(folder, "*.csproj");
                if (here.Length > 0 && !string.Equals(folder, full, StringComparison.Ordinal))
                {
                    projects.AddRange(here);
                    continue; // a project's folder is its own; projects nested in it are found through it if at all
                }

                foreach (string child in System.IO.Directory.EnumerateDirectories(folder))
                {
                    string name = Path.GetFileName(child);
                    if (!name.StartsWith(".", StringComparison.Ordinal) && name != "bin" && name != "obj")
                        pending.Push(child);
                }
            }

            projects.Sort(StringComparer.Ordinal);
            return projects.Count == 0 ? new[] { Load(path) } : projects.Select(Load).ToList();
        }

        /// <summary>Reads a project: a <c>.csproj</c> file, or a folder holding exactly one (or none: a plain folder of sources).</summary>
        public static ProjectSettings Load(string path)
        {
            string full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                if (!full.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
                    throw new CliException($"{path}: expected a .csproj file or a folder.");
                return new ProjectSettings(Path.GetDirectoryName(full)!, full, ReadProperties(full));
            }

            if (!System.IO.Directory.Exists(full))
                throw new CliException($"{path}: no such file or folder.");
            string[] projects = System.IO.Directory.GetFiles(full, "*.csproj");
            if (projects.Length > 1)
                throw new CliException($"{path} holds {projects.Length} project files ({string.Join(", ", projects.Select(Path.GetFileName))}); name one.");
            return projects.Length == 1
                ? new ProjectSettings(full, projects[0], ReadProperties(projects[0]))
                : new ProjectSettings(full, null, new Dictionary<string, (string, string)>());
        }

        /// <summary>
        /// The files the SDK compiles by default (<c>**/*.cs</c>, and Razor's <c>**/*.razor</c>, <c>**/*.cshtml</c>),
        /// relative to <see cref="Directory"/>, sorted: without <c>bin/</c>, <c>obj/</c>, hidden folders and the folders
        /// of other projects below it.
        /// </summary>
        public IReadOnlyList<string> FindSources()
        {
            var result = new List<string>();
            var pending = new Stack<string>();
            pending.Push(Directory);
            while (pending.Count > 0)
            {
                string folder = pending.Pop();
                foreach (string file in System.IO.Directory.EnumerateFiles(folder))
                {
                    if (file.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".razor", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase))
                        result.Add(Path.GetRelativePath(Directory, file).Replace('\\', '/'));
                }

                foreach (string child in System.IO.Directory.EnumerateDirectories(folder))
                {
                    string name = Path.GetFileName(child);
                    bool top = string.Equals(folder, Directory, StringComparison.Ordinal);
                    if (name.StartsWith(".", StringComparison.Ordinal) || (top && (name == "bin" || name == "obj")))
                        continue;
                    if (ProjectFile is not null && System.IO.Directory.GetFiles(child, "*.csproj").Length > 0)
                        continue; // another project's folder
                    pending.Push(child);
                }
            }

            result.Sort(StringComparer.Ordinal);
            return result;
        }

        private static Dictionary<string, (string Value, string Where)> ReadProperties(string projectFile)
        {
            XDocument document;
            try
            {
                document = XDocument.Load(projectFile, LoadOptions.SetLineInfo);
            }
            catch (XmlException e)
            {
                throw new CliException($"{projectFile}({e.LineNumber},{e.LinePosition}): the project file is not valid XML: {e.Message}");
            }

            var properties = new Dictionary<string, (string Value, string Where)>(StringComparer.OrdinalIgnoreCase)
            {
                ["MSBuildProjectName"] = (Path.GetFileNameWithoutExtension(projectFile), projectFile),
                ["MSBuildProjectDirectory"] = (Path.GetDirectoryName(projectFile)!, projectFile),
            };
            foreach (XElement group in document.Root!.Elements().Where(e => e.Name.LocalName == "PropertyGroup" && e.Attribute("Condition") is null))
            {
                foreach (XElement property in group.Elements().Where(e => e.Attribute("Condition") is null))
                {
                    // $(Name) of a property set earlier in this file is resolved; anything else is left for Get to refuse if it is needed.
                    string value = PropertyReference.Replace(property.Value.Trim(), m => properties.TryGetValue(m.Groups[1].Value, out var known) ? known.Value : m.Value);
                    var line = (IXmlLineInfo)property;
                    properties[property.Name.LocalName] = (value, $"{projectFile}({line.LineNumber},{line.LinePosition})");
                }
            }

            return properties;
        }
    }
}
