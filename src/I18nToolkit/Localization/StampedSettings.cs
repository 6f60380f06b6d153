using System;
using System.Reflection;

namespace I18nToolkit.Localization
{
    /// <summary>
    /// The settings the build stamps into an assembly (<c>AssemblyMetadata</c>; the package's targets write them from the
    /// MSBuild properties and the resource name the SDK gave the generated file), so the runtime uses exactly what the
    /// build used: the resource key prefix (<c>I18nPrefix</c>), the ID pattern (<c>I18nIdPattern</c>) and the manifest
    /// resource base name (from <c>RootNamespace</c>, the folder and the file name).
    /// </summary>
    internal sealed class StampedSettings
    {
        internal const string PrefixKey = "I18nToolkit.Prefix";
        internal const string ResourceBaseNameKey = "I18nToolkit.ResourceBaseName";
        internal const string IdPatternKey = "I18nToolkit.IdPattern";

        private StampedSettings(string? prefix, string? resourceBaseName, string? idPattern)
        {
            Prefix = prefix;
            ResourceBaseName = resourceBaseName;
            IdPattern = idPattern;
        }

        public string? Prefix { get; }

        public string? ResourceBaseName { get; }

        public string? IdPattern { get; }

        public static StampedSettings Read(Assembly assembly)
        {
            string? prefix = null, baseName = null, pattern = null;
            foreach (AssemblyMetadataAttribute metadata in assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
            {
                if (string.IsNullOrWhiteSpace(metadata.Value))
                    continue;
                if (string.Equals(metadata.Key, PrefixKey, StringComparison.Ordinal))
                    prefix = metadata.Value;
                else if (string.Equals(metadata.Key, ResourceBaseNameKey, StringComparison.Ordinal))
                    baseName = metadata.Value;
                else if (string.Equals(metadata.Key, IdPatternKey, StringComparison.Ordinal))
                    pattern = metadata.Value;
            }

            return new StampedSettings(prefix, baseName, pattern);
        }
    }
}
