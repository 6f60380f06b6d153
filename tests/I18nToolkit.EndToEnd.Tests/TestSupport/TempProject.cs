using System;
using System.IO;

namespace I18nToolkit.EndToEnd.Tests.TestSupport
{
    /// <summary>A throw-away project folder under the system temp directory, deleted on dispose.</summary>
    internal sealed class TempProject : IDisposable
    {
        public TempProject(string name)
        {
            Directory = Path.Combine(Path.GetTempPath(), "i18n-e2e-" + name + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            System.IO.Directory.CreateDirectory(Directory);
        }

        public string Directory { get; }

        public string Write(string relativePath, string text)
        {
            string path = Path.Combine(Directory, relativePath);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            return path;
        }

        public void Dispose()
        {
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
                // A build server may still hold a file; the temp folder is cleaned by the system later.
            }
        }
    }
}
