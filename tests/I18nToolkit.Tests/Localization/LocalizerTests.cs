using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Resources;
using System.Threading.Tasks;
using I18nToolkit.Localization;
using I18nToolkit.Tests.TestSupport;
using Xunit;
using static I18nToolkit.Tests.TestSupport.TestMessages;

namespace I18nToolkit.Tests.Localization
{
    [Collection(nameof(ProblemReportedCollection))]
    public class LocalizerTests
    {
        [Fact]
        public void English_text_comes_from_the_code_not_from_the_neutral_resources()
        {
            using var _ = new CultureScope("en-US");

            Assert.Equal("E100: Could not find files with pattern *.csv in directory /in",
                Loc.T("E100: Could not find files with pattern {Pattern} in directory {Directory}", "*.csv", "/in"));
        }

        [Fact]
        public void The_current_ui_culture_translation_is_used()
        {
            using var _ = new CultureScope("de-DE");

            Assert.Equal("E100: Keine Dateien mit Muster *.csv im Verzeichnis /in gefunden",
                Loc.T("E100: Could not find files with pattern {Pattern} in directory {Directory}", "*.csv", "/in"));
        }

        [Fact]
        public void The_culture_chain_is_walked_de_AT_then_de_then_english()
        {
            using var _ = new CultureScope("de-AT");

            Assert.Equal("E101: Servus Ada", Loc.T("E101: Hello {Name}", "Ada"));
            Assert.Equal("E100: Keine Dateien mit Muster a im Verzeichnis b gefunden",
                Loc.T("E100: Could not find files with pattern {Pattern} in directory {Directory}", "a", "b"));
            Assert.Equal("E199: Not translated anywhere", Loc.T("E199: Not translated anywhere"));
        }

        [Fact]
        public void A_culture_without_resources_falls_back_to_english()
        {
            using var _ = new CultureScope("ja-JP");

            Assert.Equal("E101: Hello Ada", Loc.T("E101: Hello {Name}", "Ada"));
        }

        [Fact]
        public void A_translation_may_reorder_named_holes()
        {
            using var _ = new CultureScope("de");

            Assert.Equal("E102: Verzeichnis /in enthält *.csv", Loc.T("E102: Directory {Pattern} found in {Directory}", "*.csv", "/in"));
        }

        [Fact]
        public void Formatting_follows_the_current_culture()
        {
            using (new CultureScope("de-DE"))
                Assert.Equal("E103: 1.234,50 Datensätze", Loc.T("E103: {Count:N2} records", 1234.5));
            using (new CultureScope("en-US"))
                Assert.Equal("E103: 1,234.50 records", Loc.T("E103: {Count:N2} records", 1234.5));
        }

        [Fact]
        public void An_empty_translation_counts_as_untranslated()
        {
            using var _ = new CultureScope("de");

            Assert.Equal("E106: Untranslated", Loc.T("E106: Untranslated"));
        }

        [Fact]
        public void A_translation_that_repeats_the_id_is_accepted()
        {
            using var _ = new CultureScope("de");

            Assert.Equal("E107: Mit eigener ID 5", Loc.T("E107: With own ID {0}", 5));
        }

        [Fact]
        public void Positional_translations_may_reorder_indices()
        {
            using var _ = new CultureScope("de");

            Assert.Equal("E108: Positionell b und a", Loc.T("E108: Positional {0} and {1}", "a", "b"));
        }

        [Fact]
        public void A_translation_with_other_holes_is_not_used_and_is_reported_once()
        {
            var problems = new List<LocalizationProblemEventArgs>();
            EventHandler<LocalizationProblemEventArgs> handler = (_, e) => { lock (problems) problems.Add(e); };
            var localizer = Localizer.ForAssembly(typeof(TestMessages).Assembly);
            Localizer.ProblemReported += handler;
            try
            {
                using var _ = new CultureScope("de");
                for (int i = 0; i < 3; i++)
                    Assert.Equal("E104: Wrong hole /in", localizer.T("E104: Wrong hole {Directory}", "/in"));
            }
            finally
            {
                Localizer.ProblemReported -= handler;
            }

            var problem = Assert.Single(problems, p => p.ResourceKey == "I18nToolkit.Tests-E104");
            Assert.Equal(LocalizationProblemKind.TranslationHolesMismatch, problem.Kind);
            Assert.Equal("de", problem.Culture!.Name);
            Assert.Contains("missing {Directory}; unexpected {Verzeichnis}", problem.Description);
        }

        [Fact]
        public void A_malformed_translation_is_not_used_and_names_the_position()
        {
            var problems = new List<LocalizationProblemEventArgs>();
            EventHandler<LocalizationProblemEventArgs> handler = (_, e) => { lock (problems) problems.Add(e); };
            var localizer = Localizer.ForAssembly(typeof(TestMessages).Assembly);
            Localizer.ProblemReported += handler;
            try
            {
                using var _ = new CultureScope("de");
                Assert.Equal("E105: Broken Ada", localizer.T("E105: Broken {Name}", "Ada"));
            }
            finally
            {
                Localizer.ProblemReported -= handler;
            }

            var problem = Assert.Single(problems, p => p.ResourceKey == "I18nToolkit.Tests-E105");
            Assert.Equal(LocalizationProblemKind.MalformedTranslation, problem.Kind);
            Assert.Contains("position 12", problem.Description);
        }

        [Fact]
        public void A_culture_whose_translation_has_wrong_holes_falls_back_to_its_parent_chain_then_english()
        {
            using var _ = new CultureScope("fr-FR");

            Assert.Equal("E101: Hello Ada", Loc.T("E101: Hello {Name}", "Ada"));
        }

        [Fact]
        public void A_malformed_message_in_code_renders_as_written_and_is_reported()
        {
            var problems = new List<LocalizationProblemEventArgs>();
            EventHandler<LocalizationProblemEventArgs> handler = (_, e) => { lock (problems) problems.Add(e); };
            var localizer = new Localizer("Malformed", null);
            Localizer.ProblemReported += handler;
            try
            {
                Assert.Equal("no id here {0}", localizer.T("no id here {0}", 1));
                Assert.Equal("E500: open {brace", localizer.T("E500: open {brace"));
            }
            finally
            {
                Localizer.ProblemReported -= handler;
            }

            Assert.Equal(2, problems.Count(p => p.Kind == LocalizationProblemKind.MalformedMessage));
            Assert.Contains(problems, p => p.Description.Contains("position 17"));
        }

        [Fact]
        public void A_throwing_problem_handler_does_not_reach_the_caller()
        {
            EventHandler<LocalizationProblemEventArgs> handler = (_, _) => throw new InvalidOperationException("handler bug");
            Localizer.ProblemReported += handler;
            try
            {
                Assert.Equal("broken {", new Localizer("Throwing", null).T("broken {"));
            }
            finally
            {
                Localizer.ProblemReported -= handler;
            }
        }

        [Fact]
        public void Missing_and_extra_arguments_never_throw()
        {
            Assert.Equal("E101: Hello {Name}", new Localizer("Args", null).T("E101: Hello {Name}"));
            Assert.Equal("E101: Hello a", new Localizer("Args", null).T("E101: Hello {Name}", "a", "b", "c", "d"));
        }

        [Fact]
        public void A_localizer_without_resources_renders_english()
        {
            using var _ = new CultureScope("de");
            var localizer = new Localizer("NoResources", null);

            Assert.Equal("E101: Hello Ada", localizer.T("E101: Hello {Name}", "Ada"));
        }

        [Fact]
        public void Missing_neutral_resources_are_english_only_not_an_error()
        {
            using var _ = new CultureScope("de");
            var localizer = new Localizer("Missing", new ResourceManager("Does.Not.Exist", typeof(TestMessages).Assembly));

            Assert.Equal("E101: Hello Ada", localizer.T("E101: Hello {Name}", "Ada"));
        }

        [Fact]
        public void The_id_prefix_can_be_left_out_of_the_text()
        {
            using var _ = new CultureScope("de");
            var localizer = Localizer.ForAssembly(typeof(TestMessages).Assembly, options: new LocalizerOptions { IncludeIdInText = false });

            Assert.Equal("Hallo Ada", localizer.T("E101: Hello {Name}", "Ada"));
        }

        [Fact]
        public void Resource_keys_use_the_prefix()
        {
            Assert.Equal("I18nToolkit.Tests-E101", Loc.GetResourceKey("E101: Hello {Name}"));
            Assert.Null(Loc.GetResourceKey("no id"));
        }

        [Theory]
        [InlineData("")]
        [InlineData("has space")]
        public void A_bad_prefix_is_rejected(string prefix)
        {
            Assert.Throws<ArgumentException>(() => new Localizer(prefix, null));
        }

        [Fact]
        public void Many_threads_in_many_cultures_each_get_their_own_language()
        {
            var expected = new Dictionary<string, string>
            {
                ["en-US"] = "E101: Hello Ada",
                ["de-DE"] = "E101: Hallo Ada",
                ["de-AT"] = "E101: Servus Ada",
                ["fr-FR"] = "E101: Hello Ada",
                ["ja-JP"] = "E101: Hello Ada",
            };
            var localizer = Localizer.ForAssembly(typeof(TestMessages).Assembly);
            var cultures = expected.Keys.ToArray();
            var failures = new System.Collections.Concurrent.ConcurrentBag<string>();

            Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            {
                string name = cultures[i % cultures.Length];
                CultureInfo previous = CultureInfo.CurrentUICulture;
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
                string text = localizer.T("E101: Hello {Name}", "Ada");
                CultureInfo.CurrentUICulture = previous;
                if (text != expected[name])
                    failures.Add($"{name}: {text}");
            });

            Assert.Empty(failures);
        }

        [Fact]
        public void A_lookup_after_warm_up_allocates_only_the_rendered_string()
        {
            using var _ = new CultureScope("de-DE");
            const string message = "E100: Could not find files with pattern {Pattern} in directory {Directory}";
            string warm = Loc.T(message, "*.csv", "/in");

            long before = GC.GetAllocatedBytesForCurrentThread();
            string text = Loc.T(message, "*.csv", "/in");
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.Equal(warm, text);
            long stringSize = 22 + (2 * text.Length); // object header + length + chars + terminator
            Assert.InRange(allocated, 0, ((stringSize + 7) / 8) * 8);
        }

        [Fact]
        public void New_culture_instances_with_one_name_share_one_cache_slot()
        {
            var localizer = Localizer.ForAssembly(typeof(TestMessages).Assembly);
            for (int i = 0; i < 50; i++)
                Assert.Equal("E101: Hallo A", localizer.X("E101: Hello {Name}", "A").ToString(new CultureInfo("de")));
        }
    }
}
