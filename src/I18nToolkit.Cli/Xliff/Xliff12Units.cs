using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using I18nToolkit.Cli.Translations;
using I18nToolkit.Grammar.Plurals;

namespace I18nToolkit.Cli.Xliff
{
    /// <summary>
    /// The units of an XLIFF 1.2 file (or translate-toolkit's 1.1, which <c>po2xliff</c> writes) as translations: a
    /// <c>trans-unit</c> named by its <c>resname</c>, its <c>id</c>, or the <c>po-reference</c> context translate-toolkit
    /// keeps; a <c>group restype="x-gettext-plurals"</c> is one plural, its targets the culture's forms in CLDR order.
    /// A unit still to review (<c>state="needs-..."</c>, <c>approved="no"</c>) is read as XLIFF 2.0's needs-review.
    /// </summary>
    internal static class Xliff12Units
    {
        public static void Import(XDocument xliff, string path, TranslationImport import)
        {
            XNamespace ns = xliff.Root!.Name.Namespace;
            foreach (XElement group in xliff.Descendants(ns + "group").Where(g => (string?)g.Attribute("restype") == "x-gettext-plurals"))
                ImportPlural(group, ns, path, import);

            foreach (XElement unit in xliff.Descendants(ns + "trans-unit"))
            {
                if (unit.Parent?.Name == ns + "group" && (string?)unit.Parent.Attribute("restype") == "x-gettext-plurals")
                    continue;
                if ((string?)unit.Attribute("restype") == "x-gettext-domain-header")
                    continue;
                string place = Place(path, unit);
                string? key = KeyOf(unit, ns, import);
                if (key is null)
                {
                    import.Refuse(place, (string?)unit.Attribute("resname") ?? (string?)unit.Attribute("id") ?? string.Empty, "no such message in code (resname, id and the po-reference context name none).");
                    continue;
                }

                XElement? target = unit.Element(ns + "target");
                if (target is null)
                {
                    import.Skip();
                    continue;
                }

                import.Add(place, key, XliffText.FromInline(target), IsReviewed(unit, target));
            }
        }

        private static void ImportPlural(XElement group, XNamespace ns, string path, TranslationImport import)
        {
            string place = Place(path, group);
            string? key = KeyOf(group, ns, import);
            if (key is null)
            {
                import.Refuse(place, (string?)group.Attribute("id") ?? string.Empty, "no such message in code (the plural group's po-reference context names none).");
                return;
            }

            var units = group.Elements(ns + "trans-unit").ToList();
            var forms = units.Select(u => u.Element(ns + "target") is { } t ? XliffText.FromInline(t) : string.Empty).ToList();
            bool reviewed = units.All(u => u.Element(ns + "target") is not { } t || IsReviewed(u, t));
            import.AddPlural(place, key, forms, reviewed);
        }

        private static string? KeyOf(XElement unit, XNamespace ns, TranslationImport import)
        {
            foreach (string? candidate in new[] { (string?)unit.Attribute("resname"), (string?)unit.Attribute("id") })
            {
                if (candidate is not null && import.TryGetMessage(candidate, out _))
                    return candidate;
            }

            foreach (XElement context in unit.Elements(ns + "context-group").Elements(ns + "context"))
            {
                if (import.TryGetMessage(context.Value.Trim(), out _))
                    return context.Value.Trim();
            }

            return null;
        }

        private static bool IsReviewed(XElement unit, XElement target) =>
            !(((string?)target.Attribute("state"))?.StartsWith("needs-", StringComparison.Ordinal) == true || (string?)unit.Attribute("approved") == "no");

        private static string Place(string path, XElement element) => $"{path}({((IXmlLineInfo)element).LineNumber})";
    }
}
