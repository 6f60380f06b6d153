using System;
using System.IO;

namespace I18nToolkit.Cli.Tests.TestSupport
{
    /// <summary>A throwaway project folder: a .csproj with the given properties and C# files written by the test.</summary>
    internal sealed class TempProject : IDisposable
    {
        public TempProject(string properties = "", string name = "App")
        {
            Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "i18n-cli-" + Guid.NewGuid().ToString("N"));
            System.IO.Directory.CreateDirectory(Directory);
            ProjectFile = System.IO.Path.Combine(Directory, name + ".csproj");
            File.WriteAllText(ProjectFile, "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n" + properties + "\n  </PropertyGroup>\n</Project>\n");
        }

        public string Directory { get; }

        public string ProjectFile { get; }

        public string Path(string relative) => System.IO.Path.Combine(Directory, relative);

        /// <summary>Writes a C# file holding one Loc.X call per message.</summary>
        public TempProject WithMessages(string file, params string[] messages)
        {
            string body = "class C" + Guid.NewGuid().ToString("N") + "\n{\n    void M(object a)\n    {\n";
            foreach (string message in messages)
                body += "        Loc.X(\"" + message + "\", a);\n";
            Write(file, body + "    }\n}\n");
            return this;
        }

        public void Write(string relative, string text)
        {
            string path = Path(relative);
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        public string Read(string relative) => File.ReadAllText(Path(relative));

        public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
    }
}
