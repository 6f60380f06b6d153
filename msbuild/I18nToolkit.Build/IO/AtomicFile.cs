using System;
using System.IO;
using System.Text;

namespace I18nToolkit.Build.IO
{
    /// <summary>
    /// Writes generated files so that no reader ever sees half a file and an unchanged file keeps its timestamp:
    /// compare first, then write a temporary file beside the target and move it into place.
    /// </summary>
    internal static class AtomicFile
    {
        private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        /// <summary>Writes <paramref name="content"/> (UTF-8, no BOM) unless the file already holds exactly it.</summary>
        /// <returns>Whether the file was written.</returns>
        public static bool WriteIfChanged(string path, string content)
        {
            byte[] bytes = Utf8NoBom.GetBytes(content);
            if (File.Exists(path) && ContentEquals(path, bytes))
                return false;

            string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
            Directory.CreateDirectory(directory);
            string temp = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
            try
            {
                File.WriteAllBytes(temp, bytes);
                if (File.Exists(path))
                    File.Replace(temp, path, destinationBackupFileName: null, ignoreMetadataErrors: true);
                else
                    File.Move(temp, path);
            }
            finally
            {
                if (File.Exists(temp))
                    File.Delete(temp);
            }

            return true;
        }

        /// <summary>Whether writing <paramref name="content"/> would change the file (a missing file counts as changed).</summary>
        public static bool WouldChange(string path, string content) => !File.Exists(path) || !ContentEquals(path, Utf8NoBom.GetBytes(content));

        private static bool ContentEquals(string path, byte[] bytes)
        {
            var info = new FileInfo(path);
            if (info.Length != bytes.Length)
                return false;
            return File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
        }
    }
}
