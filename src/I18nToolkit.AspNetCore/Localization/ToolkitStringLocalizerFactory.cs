using System;
using System.Collections.Concurrent;
using System.Reflection;
using I18nToolkit.AspNetCore;
using Microsoft.Extensions.Localization;
using ToolkitLocalizer = I18nToolkit.Localization.Localizer;

namespace I18nToolkit.AspNetCore.Localization
{
    /// <summary>
    /// Makes every <see cref="IStringLocalizer"/> (and so <c>IStringLocalizer&lt;T&gt;</c>, MVC's data-annotation
    /// localization and views) a <see cref="ToolkitStringLocalizer"/>: toolkit messages through one Localizer per
    /// assembly, over the resources the toolkit's build generated for it; plain names through the factory the app had
    /// before (<see cref="ResourceManagerStringLocalizerFactory"/>, or one of its own), as before.
    /// </summary>
    internal sealed class ToolkitStringLocalizerFactory : IStringLocalizerFactory
    {
        private readonly IStringLocalizerFactory _plain;
        private readonly I18nToolkitOptions _options;
        private readonly ConcurrentDictionary<Assembly, ToolkitLocalizer> _localizers = new ConcurrentDictionary<Assembly, ToolkitLocalizer>();

        public ToolkitStringLocalizerFactory(IStringLocalizerFactory plain, I18nToolkitOptions options)
        {
            _plain = plain;
            _options = options;
        }

        public IStringLocalizer Create(Type resourceSource)
        {
            if (resourceSource is null)
                throw new ArgumentNullException(nameof(resourceSource));
            return new ToolkitStringLocalizer(For(resourceSource.Assembly), _plain.Create(resourceSource));
        }

        public IStringLocalizer Create(string baseName, string location)
        {
            if (baseName is null)
                throw new ArgumentNullException(nameof(baseName));
            if (location is null)
                throw new ArgumentNullException(nameof(location));
            Assembly assembly = Assembly.Load(new AssemblyName(location));
            return new ToolkitStringLocalizer(For(assembly), _plain.Create(baseName, location));
        }

        /// <summary>The assembly's Localizer, with the settings its build stamped into it (prefix, resources, ID pattern).</summary>
        internal ToolkitLocalizer For(Assembly assembly) =>
            _localizers.GetOrAdd(assembly, a => ToolkitLocalizer.ForAssembly(a, options: _options.LocalizerOptions));
    }
}
