using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Resources;
using System.Runtime.Loader;
using I18nToolkit.Grammar.Resx;

namespace I18nToolkit.Cli.Logs.Formatting
{
    /// <summary>
    /// An application's translations for one culture, to re-render logged messages in it: from a folder of culture
    /// <c>.resx</c> files (<c>Messages.de.resx</c>, searched below the folder) or from an application's output folder
    /// with its satellite assemblies (<c>de/App.resources.dll</c>). The culture chain is walked: <c>de-AT</c>, then
    /// <c>de</c>. Keys are the resource keys, <c>Prefix-ID</c>.
    /// </summary>
    internal sealed class LogTranslations
    {
        private readonly Dictionary<string, string> _templates = new Dictionary<string, string>(StringComparer.Ordinal);

        private LogTranslations(CultureInfo culture) => Culture = culture;

        public CultureInfo Culture { get; }

        public int Count => _templates.Count;

        public bool TryGet(string key, out string template) => _templates.TryGetValue(key, out template!);

        public static LogTranslations Load(string folder, string cultureName)
        {
            CultureInfo culture;
            try
            {
                culture = CultureInfo.GetCultureInfo(cultureName);
            }
            catch (CultureNotFoundException)
            {
                throw new CliException($"--culture {cultureName}: not a known culture.");
            }

            if (!Directory.Exists(folder))
                throw new CliException($"--resources {folder}: no such folder.");
            var translations = new LogTranslations(culture);
            for (CultureInfo c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
            {
                foreach (string resx in Directory.EnumerateFiles(folder, "*." + c.Name + ".resx", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
                {
                    using var reader = new StreamReader(resx);
                    try
                    {
                        foreach (ResxEntry entry in ResxReader.Read(resx, reader))
                            translations.Add(entry.Name, entry.Value);
                    }
                    catch (ResxFormatException e)
                    {
                        throw new CliException($"{e.Path}({e.Line},{e.Column}): {e.Problem}");
                    }
                }

                string satellites = Path.Combine(folder, c.Name);
                if (Directory.Exists(satellites))
                {
                    foreach (string assembly in Directory.EnumerateFiles(satellites, "*.resources.dll").OrderBy(f => f, StringComparer.Ordinal))
                        translations.AddSatellite(assembly);
                }
            }

            if (translations.Count == 0)
                throw new CliException($"--resources {folder}: no translations for {culture.Name} (no *.{culture.Name}.resx below it, no {culture.Name}/*.resources.dll in it).");
            return translations;
        }

        private void Add(string key, string value)
        {
            // The more specific culture was read first and wins; an empty value is an untranslated entry.
            if (value.Length > 0 && !_templates.ContainsKey(key))
                _templates[key] = value;
        }

        private void AddSatellite(string path)
        {
            var context = new AssemblyLoadContext("i18n-satellite", isCollectible: true);
            try
            {
                Assembly assembly = context.LoadFromAssemblyPath(Path.GetFullPath(path));
                foreach (string name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".resources", StringComparison.Ordinal)))
                {
                    using Stream stream = assembly.GetManifestResourceStream(name)!;
                    using var reader = new ResourceReader(stream);
                    foreach (DictionaryEntry entry in reader)
                    {
                        if (entry.Value is string value)
                            Add((string)entry.Key, value);
                    }
                }
            }
            catch (BadImageFormatException e)
            {
                throw new CliException($"{path}: not a satellite assembly ({e.Message}).");
            }
            finally
            {
                context.Unload();
            }
        }
    }
}
