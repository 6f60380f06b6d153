using System;
using System.IO;
using System.Text.RegularExpressions;

namespace I18nToolkit.Resx
{
    /// <summary>
    /// The translators' culture files beside a neutral file: <c>Messages.de.resx</c>, <c>Messages.de-AT.resx</c>,
    /// <c>Messages.zh-Hans.resx</c>, <c>Messages.qps-ploc.resx</c>. The one discovery the build, the analyzers and the
    /// CLI share (the search of a folder is the build's, <c>CultureFileSet</c>, as analyzers do no file IO): a file counts when its middle part is shaped like a culture name (a language of 2-3 letters, then
    /// subtags).
    /// </summary>
    internal static class CultureFiles
    {
        private static readonly Regex CultureName = new Regex(@"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant);

        /// <summary>The culture of <paramref name="fileName"/> (<c>Messages.de.resx</c> → <c>de</c>), or null when it is not a culture file of <paramref name="baseName"/>.</summary>
        public static string? CultureOf(string fileName, string baseName)
        {
            string name = Path.GetFileName(fileName);
            if (!name.EndsWith(".resx", StringComparison.OrdinalIgnoreCase) || name.Length <= baseName.Length + 6
                || !name.StartsWith(baseName + ".", StringComparison.OrdinalIgnoreCase))
                return null;
            string culture = name.Substring(baseName.Length + 1, name.Length - baseName.Length - 1 - ".resx".Length);
            return CultureName.IsMatch(culture) ? culture : null;
        }

        /// <summary>Whether <paramref name="name"/> is shaped like a culture name (<c>de</c>, <c>de-AT</c>, <c>zh-Hans</c>): what makes a file a culture file.</summary>
        public static bool IsCultureName(string name) => CultureName.IsMatch(name);

        /// <summary>The culture file of <paramref name="culture"/> beside <paramref name="neutralFile"/>.</summary>
        public static string PathOf(string neutralFile, string culture) =>
            Path.Combine(Path.GetDirectoryName(neutralFile) ?? string.Empty, Path.GetFileNameWithoutExtension(neutralFile) + "." + culture + ".resx");
    }
}
