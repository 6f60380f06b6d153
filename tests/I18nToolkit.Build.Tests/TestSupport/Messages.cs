using System.Linq;
using I18nToolkit.Build.Catalog;
using I18nToolkit.Grammar;

namespace I18nToolkit.Build.Tests.TestSupport
{
    internal static class Messages
    {
        public static ExtractedMessage Of(string text, params string[] sites) =>
            new ExtractedMessage(MessageDefinition.Parse(text), sites.Length == 0 ? new[] { "Code.cs:1" } : sites);

        public static ExtractedMessage[] All(params string[] texts) => texts.Select(t => Of(t)).ToArray();
    }
}
