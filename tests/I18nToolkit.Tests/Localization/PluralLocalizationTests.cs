using System;
using System.Collections.Generic;
using I18nToolkit.Localization;
using I18nToolkit.Tests.TestSupport;
using Xunit;

namespace I18nToolkit.Tests.Localization
{
    /// <summary>Plural messages through the Localizer: each culture's translation chosen by its own CLDR rules.</summary>
    public class PluralLocalizationTests
    {
        private const string I140 = "I140: Moved {Count, plural, one {# file} other {# files}} to {Folder}";
        private static readonly Localizer Loc = Localizer.ForAssembly(typeof(TestMessages).Assembly);

        [Theory]
        [InlineData("en-US", 1, "I140: Moved 1 file to /in")]
        [InlineData("en-US", 2, "I140: Moved 2 files to /in")]
        [InlineData("de-DE", 0, "I140: Keine Dateien nach /in verschoben")]
        [InlineData("de-DE", 1, "I140: 1 Datei nach /in verschoben")]
        [InlineData("de-DE", 5, "I140: 5 Dateien nach /in verschoben")]
        [InlineData("pl-PL", 1, "I140: Przeniesiono 1 plik do /in")]
        [InlineData("pl-PL", 2, "I140: Przeniesiono 2 pliki do /in")]
        [InlineData("pl-PL", 5, "I140: Przeniesiono 5 plików do /in")]
        [InlineData("pl-PL", 22, "I140: Przeniesiono 22 pliki do /in")]
        public void Each_culture_chooses_its_own_form(string culture, int count, string expected)
        {
            using var _ = new CultureScope(culture);
            Assert.Equal(expected, Loc.T(I140, count, "/in"));
            Assert.Equal(expected, Loc.X(I140, count, "/in").ToString());
        }

        [Fact]
        public void The_English_fallback_takes_English_categories_in_any_culture()
        {
            // fr has no I140: the code's English renders, chosen by English rules (French would take 'one' for 0).
            using var _ = new CultureScope("fr-FR");
            Assert.Equal("I140: Moved 0 files to /in", Loc.T(I140, 0, "/in"));
        }

        [Fact]
        public void A_Polish_translation_without_few_is_not_used_and_is_reported()
        {
            var problems = new List<LocalizationProblemEventArgs>();
            EventHandler<LocalizationProblemEventArgs> handler = (_, e) => { lock (problems) problems.Add(e); };
            var localizer = Localizer.ForAssembly(typeof(TestMessages).Assembly);
            Localizer.ProblemReported += handler;
            try
            {
                using var _ = new CultureScope("pl-PL");
                Assert.Equal("I141: Deleted 2 files", localizer.T("I141: Deleted {Count, plural, one {# file} other {# files}}", 2));
            }
            finally
            {
                Localizer.ProblemReported -= handler;
            }

            var problem = Assert.Single(problems, p => p.ResourceKey == "I18nToolkit.Tests-I141");
            Assert.Equal(LocalizationProblemKind.TranslationChoicesMismatch, problem.Kind);
            Assert.Contains("missing few", problem.Description);
        }
    }
}
