using I18nToolkit.Build.Resources;

namespace I18nToolkit.Build.Generation
{
    /// <summary>One culture file after a run: its culture, its path, and what the merge did (null when nothing needed merging).</summary>
    internal sealed class CultureMerge
    {
        public CultureMerge(string culture, string path, MergeResult? result)
        {
            Culture = culture;
            Path = path;
            Result = result;
        }

        public string Culture { get; }

        public string Path { get; }

        public MergeResult? Result { get; }
    }
}
