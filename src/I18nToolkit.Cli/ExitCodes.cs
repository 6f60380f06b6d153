namespace I18nToolkit.Cli
{
    /// <summary>What the tool's exit code means, for scripts and CI.</summary>
    internal static class ExitCodes
    {
        /// <summary>Done, nothing to report.</summary>
        public const int Success = 0;

        /// <summary>Done, but the data has problems: a threshold crossed (<c>check --fail-on</c>), an unreadable culture file, malformed log lines.</summary>
        public const int Problems = 1;

        /// <summary>The command could not run: bad arguments, a missing file, a malformed expression.</summary>
        public const int UsageError = 2;
    }
}
