namespace I18nToolkit.Cli.Tests.TestSupport
{
    /// <summary>A project with a plural, a plain and a select message, and empty Polish and German files.</summary>
    internal static class PluralProject
    {
        public const string Moved = "I140: Moved {Count, plural, one {# file} other {# files}} to {Folder}";

        public static TempProject Create()
        {
            var project = new TempProject("<I18nPrefix>App</I18nPrefix>").WithMessages("Worker.cs",
                Moved, "E100: Could not open {File}", "I141: {Gender, select, female {She left} other {They left}}");
            CliRun run = CliRun.Of("extract", project.Directory, "--cultures", "pl,de");
            if (run.ExitCode != 0)
                throw new System.InvalidOperationException("setup failed: " + run);
            return project;
        }
    }
}
