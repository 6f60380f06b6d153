namespace I18nToolkit.Build.Generation
{
    /// <summary>Where the engine reports: MSBuild's log in a build, the console in the CLI.</summary>
    internal interface IGenerationLog
    {
        /// <summary>A problem that stops the run (an unreadable culture file). <paramref name="line"/> and <paramref name="column"/> are 1-based, 0 when unknown.</summary>
        void Error(string code, string file, int line, int column, string message);

        /// <summary>A problem that leaves a message out (a malformed message, an ID with two texts).</summary>
        void Warning(string code, string file, int line, int column, string message);

        /// <summary>What was done; <paramref name="important"/> is shown at normal verbosity.</summary>
        void Info(string message, bool important);
    }
}
