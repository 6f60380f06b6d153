using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Resources;
using System.Runtime.CompilerServices;
using System.Threading;
using I18nToolkit.Grammar;
using I18nToolkit.Grammar.Translations;

namespace I18nToolkit.Localization
{
    /// <summary>
    /// Looks messages up by their ID in one assembly's resources and renders them. A message keeps its English
    /// text and ID in the code (<c>Loc.X("E131: Could not find {Pattern}", pattern)</c>); the lookup tries the current
    /// UI culture, then its parents (<c>de-AT</c> → <c>de</c>), then renders the English text from the code.
    /// </summary>
    /// <remarks>
    /// Create one instance per assembly and keep it in a static field (conventionally named <c>Loc</c>).
    /// Instances are thread-safe. Nothing here throws at a caller for a bad message or translation: the English text
    /// is used and the problem is reported once through <see cref="ProblemReported"/>.
    /// </remarks>
    public partial class Localizer
    {
        // Messages are string literals, so a call site passes the same string object every time: a small
        // direct-mapped table keyed by object identity answers almost every lookup without hashing the text.
        private const int RecentSlots = 1024;

        private readonly ConcurrentDictionary<string, MessageEntry> _entries =
            new ConcurrentDictionary<string, MessageEntry>(MessageKeyComparer.Instance);

        private readonly MessageEntry?[] _recent = new MessageEntry?[RecentSlots];
        private readonly Assembly? _assembly;
        private int _resourcesNotFoundReported;

        /// <summary>Creates a Localizer.</summary>
        /// <param name="prefix">The resource key prefix, usually the assembly name; keys are <c>Prefix-ID</c>.</param>
        /// <param name="resources">The resources holding the translations; null for English only.</param>
        /// <param name="options">Options; the defaults when null.</param>
        /// <exception cref="ArgumentException"><paramref name="prefix"/> is null, empty or contains white space.</exception>
        public Localizer(string prefix, ResourceManager? resources, LocalizerOptions? options = null)
            : this(prefix, resources, options, assembly: null, buildPattern: null)
        {
        }

        private Localizer(string prefix, ResourceManager? resources, LocalizerOptions? options, Assembly? assembly, MessageIdPattern? buildPattern)
        {
            if (string.IsNullOrEmpty(prefix))
                throw new ArgumentException("A Localizer needs a resource key prefix, usually the assembly name.", nameof(prefix));
            foreach (char c in prefix)
            {
                if (char.IsWhiteSpace(c))
                    throw new ArgumentException($"The resource key prefix '{prefix}' must not contain white space.", nameof(prefix));
            }

            Prefix = prefix;
            Resources = resources;
            Options = options ?? new LocalizerOptions();
            IdPattern = Options.IdPattern ?? buildPattern ?? MessageIdPattern.Default;
            _assembly = assembly;
        }

        /// <summary>
        /// Raised once per message and culture when a message or a translation cannot be used as it is (a malformed
        /// template, holes that differ from the code's). The sender is the <see cref="Localizer"/>. Handlers must not
        /// throw; an exception from a handler is ignored so that localizing never fails a caller.
        /// </summary>
        public static event EventHandler<LocalizationProblemEventArgs>? ProblemReported;


        /// <summary>The resource key prefix.</summary>
        public string Prefix { get; }

        /// <summary>The resources holding the translations, or null.</summary>
        public ResourceManager? Resources { get; }

        /// <summary>The options this Localizer was created with.</summary>
        public LocalizerOptions Options { get; }

        /// <summary>The message ID pattern.</summary>
        public MessageIdPattern IdPattern { get; }

        /// <summary>
        /// Creates a Localizer for <paramref name="assembly"/> with the settings its build used, which the I18nToolkit
        /// package stamps into it: the resource key prefix (<c>I18nPrefix</c>, by default the assembly name), the message ID
        /// pattern (<c>I18nIdPattern</c>) and the name the SDK gave the generated resources (from <c>RootNamespace</c>,
        /// <c>I18nResourceFolder</c> and <c>I18nResourceName</c>). An assembly built without the package gets the assembly
        /// name as prefix and <c>&lt;AssemblyName&gt;.Resources.Messages</c> as resources. Resources that cannot be found
        /// are reported through <see cref="ProblemReported"/> (<see cref="LocalizationProblemKind.ResourcesNotFound"/>).
        /// </summary>
        /// <param name="assembly">The assembly whose messages and resources these are.</param>
        /// <param name="baseName">The resources' base name, to override what the build stamped.</param>
        /// <param name="options">Options; an <see cref="LocalizerOptions.IdPattern"/> set there overrides the stamped one.</param>
        /// <exception cref="ArgumentNullException"><paramref name="assembly"/> is null.</exception>
        /// <exception cref="ArgumentException">The assembly has no name.</exception>
        public static Localizer ForAssembly(Assembly assembly, string? baseName = null, LocalizerOptions? options = null)
        {
            if (assembly is null)
                throw new ArgumentNullException(nameof(assembly));
            string name = assembly.GetName().Name ?? throw new ArgumentException("The assembly has no name.", nameof(assembly));
            StampedSettings stamped = StampedSettings.Read(assembly);
            MessageIdPattern? pattern = null;
            if (stamped.IdPattern is not null && options?.IdPattern is null)
            {
                try
                {
                    pattern = MessageIdPattern.Create(stamped.IdPattern);
                }
                catch (ArgumentException)
                {
                    // The build refused this pattern already (I18NB001); the default keeps the program running.
                }
            }

            string resources = baseName ?? stamped.ResourceBaseName ?? name + ".Resources.Messages";
            return new Localizer(stamped.Prefix ?? name, new ResourceManager(resources, assembly), options, assembly, pattern);
        }

        /// <summary>The resource key of a message: <c>Prefix-ID</c>, or null when the message has no valid ID.</summary>
        public string? GetResourceKey(string message) => GetEntry(message).Key;

        /// <summary>
        /// Returns the template <paramref name="message"/> renders with in <paramref name="culture"/> (the translation
        /// found along the culture chain, or the code's), including the "ID: " prefix when configured.
        /// </summary>
        public MessageTemplate GetTemplate(string message, CultureInfo culture) =>
            GetEntry(message).GetTemplate(culture ?? throw new ArgumentNullException(nameof(culture)));

        /// <summary>How many message texts are cached (for tests and diagnostics).</summary>
        internal int CachedMessageCount => _entries.Count;

        /// <summary>
        /// Everything the Localizer knows about <paramref name="message"/> (a message text as passed to <c>X</c> or
        /// <c>T</c>): its ID, resource key, templates and translations. For logging adapters; cached per text.
        /// </summary>
        /// <param name="message">The message text; null is read as the empty message.</param>
        public MessageEntry GetEntry(string? message)
        {
            message ??= string.Empty;
            int slot = RuntimeHelpers.GetHashCode(message) & (RecentSlots - 1);
            MessageEntry? recent = _recent[slot];
            if (recent is not null && ReferenceEquals(recent.Text, message))
                return recent;
            return GetEntrySlow(message, slot);
        }

        private MessageEntry GetEntrySlow(string message, int slot)
        {
            if (!_entries.TryGetValue(message, out MessageEntry? entry))
            {
                entry = CreateEntry(message);
                if (_entries.Count >= Options.MaxCachedMessages)
                    return entry; // past the bound: parse on every use rather than grow
                entry = _entries.GetOrAdd(message, entry);
            }

            // Only an entry for this very string object may sit in the identity table.
            if (ReferenceEquals(entry.Text, message))
                Volatile.Write(ref _recent[slot], entry);
            return entry;
        }

        private MessageEntry CreateEntry(string message)
        {
            if (MessageDefinition.TryParse(message, IdPattern, out MessageDefinition? definition, out MessageFormatError? error))
            {
                string idText = Options.IncludeIdInText ? definition!.Id.Value + MessageDefinition.Separator : string.Empty;
                // The code's text is English: its plurals take English categories whatever culture falls back to it.
                MessageTemplate code = definition!.Template.WithPluralCulture(Grammar.Plurals.PluralRules.SourceLanguage);
                return new MessageEntry(this, message, definition.Id, definition.Id.ToResourceKey(Prefix), code,
                    code.WithLiteralPrefix(idText), idText);
            }

            // Render a malformed message exactly as written; the analyzers make this a build error, so seeing it
            // at run time means the analyzers were off. An ID that parses still becomes the event ID.
            MessageDefinition.TryReadId(message, IdPattern, out MessageId id, out _);
            Report(new LocalizationProblemEventArgs(LocalizationProblemKind.MalformedMessage, null, message, null,
                $"The message \"{message}\" cannot be localized: {error!.Message}"));
            MessageTemplate literal = MessageTemplate.CreateLiteral(message);
            return new MessageEntry(this, message, id, null, literal, literal, string.Empty);
        }

        /// <summary>Walks the culture chain for a translation of <paramref name="entry"/> that may be used.</summary>
        internal MessageTemplate ResolveTranslation(MessageEntry entry, CultureInfo culture)
        {
            ResourceManager? resources = Resources;
            if (resources is null)
                return entry.DisplayTemplate;

            ResourceSet? neutral = GetResourceSet(resources, CultureInfo.InvariantCulture, entry);
            if (neutral is null)
                ReportResourcesNotFound(resources, entry);
            for (CultureInfo c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
            {
                ResourceSet? set = GetResourceSet(resources, c, entry);

                // The neutral resources hold the English text generated from code; the code itself is the truth.
                if (set is null || ReferenceEquals(set, neutral))
                    continue;

                string? value;
                try
                {
                    value = set.GetString(entry.Key!);
                }
                catch (InvalidOperationException e)
                {
                    Report(new LocalizationProblemEventArgs(LocalizationProblemKind.ResourceReadFailed, entry.Key, entry.Text, c,
                        $"The {c.Name} resource '{entry.Key}' is not a string: {e.Message}", e));
                    continue;
                }

                if (string.IsNullOrEmpty(value))
                    continue; // an empty value is an untranslated entry

                MessageTemplate? translation = ParseTranslation(entry, c, value!);
                if (translation is not null)
                    return translation;
            }

            return entry.DisplayTemplate;
        }

        private MessageTemplate? ParseTranslation(MessageEntry entry, CultureInfo culture, string value)
        {
            TranslationCheck check = TranslationRules.Check(value, entry.Id.Value, entry.CodeTemplate, culture.Name);
            if (check.IsUsable)
                return check.Template!.BindTo(entry.CodeTemplate).WithLiteralPrefix(entry.IdText).WithPluralCulture(culture.Name);
            Report(new LocalizationProblemEventArgs(
                check.Verdict switch
                {
                    TranslationVerdict.Malformed => LocalizationProblemKind.MalformedTranslation,
                    TranslationVerdict.ChoicesDiffer => LocalizationProblemKind.TranslationChoicesMismatch,
                    _ => LocalizationProblemKind.TranslationHolesMismatch,
                },
                entry.Key, entry.Text, culture, $"The {culture.Name} translation of '{entry.Key}' is not used: {check.Problem}"));
            return null;
        }

        private ResourceSet? GetResourceSet(ResourceManager resources, CultureInfo culture, MessageEntry entry)
        {
            try
            {
                return resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
            }
            catch (MissingManifestResourceException)
            {
                return null; // no neutral resources: English only
            }
            catch (MissingSatelliteAssemblyException)
            {
                return null;
            }
            catch (Exception e) when (e is BadImageFormatException || e is IOException || e is ArgumentException || e is InvalidOperationException)
            {
                Report(new LocalizationProblemEventArgs(LocalizationProblemKind.ResourceReadFailed, entry.Key, entry.Text, culture,
                    $"The {culture.Name} resources of '{Prefix}' could not be read: {e.Message}", e));
                return null;
            }
        }

        /// <summary>
        /// The neutral resources (the build's generated file, always embedded beside the code's messages) are missing: a
        /// wrong base name, so no translation can be found. Said once per Localizer, with the names the assembly does hold.
        /// </summary>
        private void ReportResourcesNotFound(ResourceManager resources, MessageEntry entry)
        {
            if (Interlocked.Exchange(ref _resourcesNotFoundReported, 1) != 0)
                return;
            string holds = string.Empty;
            if (_assembly is not null)
            {
                string[] names = Array.FindAll(_assembly.GetManifestResourceNames(), n => n.EndsWith(".resources", StringComparison.Ordinal));
                holds = names.Length == 0 ? " (it holds no resources)" : " (it holds " + string.Join(", ", Array.ConvertAll(names, n => "'" + n.Substring(0, n.Length - ".resources".Length) + "'")) + ")";
            }

            string where = _assembly is null ? string.Empty : " in assembly " + _assembly.GetName().Name + holds;
            Report(new LocalizationProblemEventArgs(LocalizationProblemKind.ResourcesNotFound, entry.Key, entry.Text, null,
                $"The resources '{resources.BaseName}' of '{Prefix}' were not found{where}: its messages are shown in English unless a satellite assembly has them. " +
                "Build with the I18nToolkit package (it stamps the resource name the SDK chose into the assembly), or pass the base name to Localizer.ForAssembly."));
        }

        internal void Report(LocalizationProblemEventArgs problem)
        {
            EventHandler<LocalizationProblemEventArgs>? handler = ProblemReported;
            if (handler is null)
                return;
            try
            {
                handler(this, problem);
            }
            catch (Exception)
            {
                // A host's handler must not turn a localization fallback into a failed log call.
            }
        }

        /// <inheritdoc />
        public override string ToString() => $"Localizer({Prefix})";
    }
}
