namespace I18nToolkit.Grammar.Plurals
{
    /// <summary>The names of the plural categories as messages and CLDR write them.</summary>
    internal static class PluralCategories
    {
        private static readonly string[] Names = { "zero", "one", "two", "few", "many", "other" };

        public static string Name(PluralCategory category) => Names[(int)category];

        public static bool TryParse(string name, out PluralCategory category)
        {
            for (int i = 0; i < Names.Length; i++)
            {
                if (Names[i] == name)
                {
                    category = (PluralCategory)i;
                    return true;
                }
            }

            category = PluralCategory.Other;
            return false;
        }

        /// <summary>"one, few, many, other": a list for diagnostics.</summary>
        public static string List(System.Collections.Generic.IEnumerable<PluralCategory> categories)
        {
            var names = new System.Collections.Generic.List<string>();
            foreach (PluralCategory category in categories)
                names.Add(Name(category));
            return string.Join(", ", names);
        }
    }
}
