using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Resources;
using I18nToolkit.Grammar;
using Microsoft.Extensions.Localization;
using MessageEntry = I18nToolkit.Localization.MessageEntry;
using ToolkitLocalizer = I18nToolkit.Localization.Localizer;

namespace I18nToolkit.AspNetCore.Localization
{
    /// <summary>
    /// <see cref="IStringLocalizer"/> over a toolkit <see cref="ToolkitLocalizer"/>: a name that starts with a message
    /// ID (<c>"E131: Could not find files in {Directory}"</c>) is a toolkit message - looked up along the culture chain
    /// of the current UI culture, held to its holes, English from the code when there is no usable translation; any
    /// other name goes to Microsoft.Extensions.Localization's own localizer, which keeps its behaviour.
    /// </summary>
    internal sealed class ToolkitStringLocalizer : IStringLocalizer
    {
        private readonly ToolkitLocalizer _localizer;
        private readonly IStringLocalizer _plain;

        public ToolkitStringLocalizer(ToolkitLocalizer localizer, IStringLocalizer plain)
        {
            _localizer = localizer;
            _plain = plain;
        }

        public LocalizedString this[string name]
        {
            get
            {
                if (name is null)
                    throw new ArgumentNullException(nameof(name));
                return IsMessage(name) ? Localize(name, null) : _plain[name];
            }
        }

        public LocalizedString this[string name, params object[] arguments]
        {
            get
            {
                if (name is null)
                    throw new ArgumentNullException(nameof(name));
                return IsMessage(name) ? Localize(name, arguments) : _plain[name, arguments];
            }
        }

        /// <summary>
        /// The toolkit's messages in the current UI culture (named by their ID and English text, as code passes them,
        /// their value the template), then the plain strings of the type's own resources, if it has any.
        /// </summary>
        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
        {
            foreach (LocalizedString message in Messages(includeParentCultures))
                yield return message;
            IEnumerator<LocalizedString> plain;
            try
            {
                plain = _plain.GetAllStrings(includeParentCultures).GetEnumerator();
            }
            catch (MissingManifestResourceException)
            {
                yield break;
            }

            using (plain)
            {
                while (true)
                {
                    try
                    {
                        if (!plain.MoveNext())
                            break;
                    }
                    catch (MissingManifestResourceException)
                    {
                        break; // the type has no resources of its own: only the toolkit's messages
                    }

                    yield return plain.Current;
                }
            }
        }

        /// <summary>
        /// A toolkit message's text without its "ID: " start, for texts that are parts of others (a display name inside
        /// a validation message); any other name as <see cref="this[string]"/> gives it.
        /// </summary>
        internal string Part(string name)
        {
            if (!IsMessage(name))
                return _plain[name].Value;
            MessageEntry entry = _localizer.GetEntry(name);
            string text = Localize(name, null).Value;
            return text.StartsWith(entry.IdText, StringComparison.Ordinal) ? text.Substring(entry.IdText.Length) : text;
        }

        /// <summary>Whether <paramref name="name"/> starts with an ID of the Localizer's pattern and ": ".</summary>
        internal bool IsMessage(string name) => MessageDefinition.TryReadId(name, _localizer.IdPattern, out _, out _);

        private LocalizedString Localize(string name, object[]? arguments)
        {
            CultureInfo culture = CultureInfo.CurrentUICulture;
            var message = _localizer.X(name, arguments);
            MessageEntry entry = _localizer.GetEntry(name);
            MessageTemplate template = entry.GetTemplate(culture);
            string value = message.Render(template, CultureInfo.CurrentCulture);
            return new LocalizedString(name, value, resourceNotFound: !IsTranslated(entry, template, culture), searchedLocation: entry.Key);
        }

        /// <summary>Found: a translation was used, or the culture reads the code's own language (English).</summary>
        private static bool IsTranslated(MessageEntry entry, MessageTemplate template, CultureInfo culture) =>
            !ReferenceEquals(template, entry.DisplayTemplate) || IsSourceLanguage(culture);

        // The code's messages are English (the grammar's source language).
        private static bool IsSourceLanguage(CultureInfo culture)
        {
            for (CultureInfo c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
            {
                if (string.Equals(c.Name, "en", StringComparison.OrdinalIgnoreCase))
                    return true;
            }

            return culture.Name.Length == 0; // the invariant culture reads the code's text
        }

        private IEnumerable<LocalizedString> Messages(bool includeParentCultures)
        {
            ResourceManager? resources = _localizer.Resources;
            if (resources is null)
                yield break;
            ResourceSet? neutral;
            try
            {
                neutral = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false);
            }
            catch (MissingManifestResourceException)
            {
                yield break;
            }

            if (neutral is null)
                yield break;
            string prefix = _localizer.Prefix + "-";
            var names = new List<string>();
            foreach (DictionaryEntry item in neutral)
            {
                // The neutral resources are generated from code: each key a message, each value its English template.
                if (item.Key is string key && key.StartsWith(prefix, StringComparison.Ordinal) && item.Value is string english)
                    names.Add(key.Substring(prefix.Length) + MessageDefinition.Separator + english);
            }

            names.Sort(StringComparer.Ordinal);
            CultureInfo culture = CultureInfo.CurrentUICulture;
            foreach (string name in names)
            {
                MessageEntry entry = _localizer.GetEntry(name);
                MessageTemplate template = entry.GetTemplate(culture);
                bool translated = IsTranslated(entry, template, culture);
                if (!includeParentCultures && !translated && !IsSourceLanguage(culture))
                    continue;
                yield return new LocalizedString(name, template.Text, resourceNotFound: !translated, searchedLocation: entry.Key);
            }
        }
    }
}
