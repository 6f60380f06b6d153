using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Resources;
using System.Runtime.Loader;
using I18nToolkit.Grammar;
using I18nToolkit.Resx;
using I18nToolkit.Grammar.Translations;

namespace I18nToolkit.Cli.Logs.Formatting
{
    /// <summary>
    /// An application's translations for one culture, to re-render logged messages in it: from a folder of culture
    /// <c>.resx</c> files (<c>Messages.de.resx</c>, searched below the folder) or from an application's output folder
    /// with its satellite assemblies (<c>de/App.resources.dll</c>). The culture chain is walked: <c>de-AT</c>, then
    /// <c>de</c>. Keys are the resource keys, <c>Prefix-ID</c>. A translation is used by the rules the application
    /// itself follows (<see cref="TranslationRules"/>): a kept "ID: " start is not part of it, and one whose holes differ
    /// from the record's is skipped for the parent culture's, so the tool never shows what the application would not.
    /// </summary>
    internal sealed class LogTranslations
    {
        // One layer per culture of the chain, the most specific first.
        private readonly List<Dictionary<string, string>> _layers = new List<Dictionary<string, string>>();

        private LogTranslations(CultureInfo culture) => Culture = culture;

        public CultureInfo Culture { get; }

        public int Count => _layers.Sum(l => l.Count);

        /// <summary>
        /// The template a record of message <paramref name="id"/> (key <paramref name="key"/>, holes those of
        /// <paramref name="recordTemplate"/>) renders with in <see cref="Culture"/>; false when no culture of the chain
        /// has a usable translation.
        /// </summary>
        public bool TryGetTemplate(string key, string id, MessageTemplate recordTemplate, out string template)
        {
            foreach (Dictionary<string, string> layer in _layers)
            {
                if (!layer.TryGetValue(key, out string? value))
                    continue;
                TranslationCheck check = TranslationRules.Check(value, id, recordTemplate, Culture.Name);
                if (check.IsUsable)
                {
                    template = check.Template!.Text;
                    return true;
                }
            }

            template = string.Empty;
            return false;
        }

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
                translations._layers.Add(new Dictionary<string, string>(StringComparer.Ordinal));
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
            // Into the culture being read; an empty value is an untranslated entry.
            Dictionary<string, string> layer = _layers[_layers.Count - 1];
            if (value.Length > 0 && !layer.ContainsKey(key))
                layer[key] = value;
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
