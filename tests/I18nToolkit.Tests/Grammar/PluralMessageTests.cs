using System;
using System.Globalization;
using System.Linq;
using I18nToolkit.Grammar;
using I18nToolkit.Rendering;
using Xunit;

namespace I18nToolkit.Tests.Grammar
{
    /// <summary>ICU MessageFormat plural, selectordinal and select in the toolkit's grammar: parsing, choosing, rendering.</summary>
    public class PluralMessageTests
    {
        private const string Files = "Moved {Count, plural, one {# file} other {# files}} to {Folder}";
        private const string Polish = "Przeniesiono {Count, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}} do {Folder}";

        private static string Render(string text, string culture, params object?[] args)
        {
            MessageTemplate template = MessageTemplate.Parse(text).WithPluralCulture(culture);
            string boxed = template.Format(CultureInfo.GetCultureInfo(culture), args);
            // The typed path chooses the same branch and renders the same text.
            string typed = args.Length switch
            {
                1 => TemplateRenderer.Render<object?, object?, object?>(template, CultureInfo.GetCultureInfo(culture), 1, args[0], null, null),
                2 => TemplateRenderer.Render(template, CultureInfo.GetCultureInfo(culture), 2, args[0], args[1], (object?)null),
                _ => boxed,
            };
            Assert.Equal(boxed, typed);
            return boxed;
        }

        [Theory]
        [InlineData(1, "Moved 1 file to /in")]
        [InlineData(0, "Moved 0 files to /in")]
        [InlineData(2, "Moved 2 files to /in")]
        [InlineData(21, "Moved 21 files to /in")]
        public void English_takes_one_for_1_and_other_for_the_rest(int count, string expected)
        {
            Assert.Equal(expected, Render(Files, "en", count, "/in"));
            Assert.Equal(expected, TemplateRenderer.Render(MessageTemplate.Parse(Files).WithPluralCulture("en"), CultureInfo.InvariantCulture, 2, count, "/in", 0));
        }

        [Theory]
        [InlineData(1, "plik")]
        [InlineData(2, "pliki")]
        [InlineData(5, "plików")]
        [InlineData(22, "pliki")]
        [InlineData(12, "plików")]
        [InlineData(112, "plików")]
        [InlineData(1002, "pliki")]
        public void Polish_takes_one_few_and_many_as_CLDR_says(int count, string word)
        {
            Assert.Equal($"Przeniesiono {count} {word} do /in", Render(Polish, "pl", count, "/in"));
        }

        [Fact]
        public void A_decimal_with_visible_fraction_digits_takes_other()
        {
            Assert.Equal("Przeniesiono 1.5 pliku do /in", Render(Polish, "pl", 1.5m, "/in").Replace(',', '.'));
            Assert.Equal("Moved 1.0 files to /in", Render(Files, "en", 1.0m, "/in"));
            Assert.Equal("Moved 1 file to /in", Render(Files, "en", 1.0, "/in")); // a double's text is "1"
        }

        [Fact]
        public void Exact_matches_come_before_categories_and_offset_counts_the_others()
        {
            const string text = "{Count, plural, offset:1 =0 {nobody} =1 {{Name}} one {{Name} and # other} other {{Name} and # others}}";
            var template = MessageTemplate.Parse(text);
            Assert.Equal(new[] { "Count", "Name" }, template.HoleNames);
            Assert.Equal("nobody", Render(text, "en", 0, "Ann"));
            Assert.Equal("Ann", Render(text, "en", 1, "Ann"));
            Assert.Equal("Ann and 1 other", Render(text, "en", 2, "Ann"));
            Assert.Equal("Ann and 4 others", Render(text, "en", 5, "Ann"));
            Assert.Equal("Ann and 4 others", Render(text, "en", 5L, "Ann"));
            Assert.Equal("Ann and 4.5 others", Render(text, "en", 5.5, "Ann"));
        }

        [Theory]
        [InlineData(1, "1st")]
        [InlineData(2, "2nd")]
        [InlineData(3, "3rd")]
        [InlineData(4, "4th")]
        [InlineData(11, "11th")]
        [InlineData(12, "12th")]
        [InlineData(22, "22nd")]
        [InlineData(103, "103rd")]
        public void Selectordinal_uses_the_ordinal_rules(int place, string expected)
        {
            Assert.Equal(expected, Render("{Place, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}", "en", place));
        }

        [Theory]
        [InlineData("female", "She moved 2 files")]
        [InlineData("male", "He moved 1 file")]
        [InlineData("robot", "They moved 2 files")]
        [InlineData(null, "They moved 2 files")]
        public void Select_chooses_by_text_and_nests_a_plural(string? gender, string expected)
        {
            const string text = "{Gender, select, female {She moved {Count, plural, one {# file} other {# files}}} male {He moved {Count, plural, one {# file} other {# files}}} other {They moved {Count, plural, one {# file} other {# files}}}}";
            int count = gender == "male" ? 1 : 2;
            Assert.Equal(expected, Render(text, "en", gender, count));
            Assert.Equal(new[] { "Gender", "Count" }, MessageTemplate.Parse(text).HoleNames);
        }

        [Fact]
        public void Select_reads_an_enum_by_its_name()
        {
            Assert.Equal("read", Render("{Mode, select, Read {read} other {other}}", "en", System.IO.FileAccess.Read));
        }

        [Fact]
        public void Hash_is_literal_outside_plural_branches_and_quoted_inside()
        {
            Assert.Equal("# 2 #x {y}", Render("# {Count, plural, other {# '#'x '{'y'}'}}", "en", 2));
            Assert.Equal("#1", Render("{Tag, select, other {#{Tag}}}", "en", 1));
        }

        [Fact]
        public void The_plural_culture_is_the_format_provider_s_when_none_is_bound()
        {
            var template = MessageTemplate.Parse(Polish);
            Assert.Equal("Przeniesiono 5 plików do /in", template.Format(CultureInfo.GetCultureInfo("pl-PL"), 5, "/in"));
            Assert.Equal("Przeniesiono 5 pliku do /in", template.Format(CultureInfo.GetCultureInfo("en-US"), 5, "/in"));
        }

        [Fact]
        public void A_missing_argument_renders_the_choice_as_written()
        {
            Assert.Equal(Files.Replace("{Folder}", "{Folder}"), MessageTemplate.Parse(Files).Format(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void A_translation_may_reorder_holes_inside_branches()
        {
            var source = MessageTemplate.Parse("{Count, plural, one {# file in {Folder}} other {# files in {Folder}}}");
            var translation = MessageTemplate.Parse("In {Folder}: {Count, plural, one {# Datei} other {# Dateien}}").BindTo(source);
            Assert.Equal("In /in: 3 Dateien", translation.WithPluralCulture("de").Format(CultureInfo.InvariantCulture, 3, "/in"));
            Assert.Equal("In /in: 3 Dateien", TemplateRenderer.Render(translation.WithPluralCulture("de"), CultureInfo.InvariantCulture, 2, 3, "/in", 0));
            Assert.Equal(new[] { "Folder", "Count" }, translation.Holes.Select(h => h.Name));
        }

        [Theory]
        [InlineData("{Count:plural}", 7, "a .NET format after ':' (a plural is written ICU's way: {Count, plural, one {...} other {...}})")]
        [InlineData("{Count, plural, one {# file}}", 28, "an 'other' branch before the '}' that closes the plural")]
        [InlineData("{Count, plural, single {x} other {y}}", 16, "a plural category (zero, one, two, few, many, other) or an exact match such as =0")]
        [InlineData("{Count, plural, one {x} one {y} other {z}}", 24, "a selector not used before in this plural ('one' has a branch already)")]
        [InlineData("{Count, number}", 8, "an alignment number, or plural, selectordinal or select, after '{Count,'")]
        [InlineData("{Count, plural, one {x} other {y}", 33, "a branch or the '}' that closes the plural opened at position 0")]
        [InlineData("{Count, plural, one {x", 22, "'}' to close branch 'one' opened at position 20")]
        [InlineData("{Count, plural one {x} other {y}}", 15, "',' after 'plural'")]
        [InlineData("{Count, select, =1 {x} other {y}}", 16, "a select keyword")]
        [InlineData("{@Count, plural, other {y}}", 1, "the argument's name ('@' captures a value")]
        [InlineData("{0} {Count, plural, other {y}}", 4, "a positional hole such as {0}")]
        [InlineData("{Count, plural, other {{Name} {0}}}", 30, "a named hole such as {Name}")]
        public void Malformed_choices_name_the_position_and_what_was_expected(string text, int position, string expected)
        {
            Assert.False(MessageTemplate.TryParse(text, out _, out MessageFormatError? error));
            Assert.Equal(position, error!.Position);
            Assert.StartsWith(expected, error.Expected);
        }

        [Fact]
        public void Choices_nest_at_most_eight_deep()
        {
            string nested = "x";
            for (int i = 0; i < 8; i++)
                nested = "{A, select, other {" + nested + "}}";
            Assert.True(MessageTemplate.TryParse(nested, out _, out _));
            Assert.False(MessageTemplate.TryParse("{A, select, other {" + nested + "}}", out _, out MessageFormatError? error));
            Assert.Contains("at most 8 choices nested", error!.Expected);
        }

        [Fact]
        public void Whitespace_and_line_breaks_between_branches_are_allowed()
        {
            Assert.Equal("2 files", Render("{Count, plural,\n    one {# file}\n    other {# files}\n}", "en", 2));
        }
    }
}
