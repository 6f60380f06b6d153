using System;
using System.Linq;
using I18nToolkit.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Xunit;

namespace I18nToolkit.AspNetCore.Tests.Localization
{
    /// <summary>
    /// Names without a message ID, held to the reference: Microsoft.Extensions.Localization's own
    /// ResourceManagerStringLocalizer, over the same resources, in the same cultures, gives the same answers with and
    /// without AddI18nToolkit().
    /// </summary>
    public sealed class PlainNameParityTests : IDisposable
    {
        private readonly ServiceProvider _reference = new ServiceCollection().AddLogging()
            .AddLocalization(o => o.ResourcesPath = "Resources").BuildServiceProvider();

        private readonly ServiceProvider _toolkit = new ServiceCollection().AddLogging()
            .AddLocalization(o => o.ResourcesPath = "Resources").AddI18nToolkit().BuildServiceProvider();

        public void Dispose()
        {
            _reference.Dispose();
            _toolkit.Dispose();
        }

        [Theory]
        [InlineData("de-DE")]
        [InlineData("de")]
        [InlineData("fr-FR")]
        [InlineData("en-US")]
        [InlineData("")]
        public void Plain_names_read_as_microsoft_extensions_localization_reads_them(string culture)
        {
            IStringLocalizer reference = _reference.GetRequiredService<IStringLocalizer<Greeter>>();
            IStringLocalizer toolkit = _toolkit.GetRequiredService<IStringLocalizer<Greeter>>();
            using (new CultureScope(culture))
            {
                foreach (string name in new[] { "About Title", "Missing key", "Welcome, {0}" })
                {
                    Assert.Equal(Describe(reference[name]), Describe(toolkit[name]));
                    Assert.Equal(Describe(reference[name, "Ada"]), Describe(toolkit[name, "Ada"]));
                }

                // The resources are really read: German from the type's own .resx, English from its neutral one.
                Assert.Equal(culture.StartsWith("de", StringComparison.Ordinal) ? "Über uns" : "About us", toolkit["About Title"].Value);

                foreach (bool parents in new[] { true, false })
                {
                    // The toolkit lists its messages first (this type's assembly has some); the type's own strings follow, as the reference has them.
                    string[] own = toolkit.GetAllStrings(parents).Where(s => !s.Name.Contains(": ", StringComparison.Ordinal)).Select(Describe).ToArray();
                    Assert.Equal(reference.GetAllStrings(parents).Select(Describe).ToArray(), own);
                }
            }
        }

        private static string Describe(LocalizedString s) => $"{s.Name}|{s.Value}|{s.ResourceNotFound}|{s.SearchedLocation}";
    }
}
