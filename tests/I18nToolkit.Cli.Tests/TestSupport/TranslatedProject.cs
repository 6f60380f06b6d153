namespace I18nToolkit.Cli.Tests.TestSupport
{
    /// <summary>A project with three messages and a German file in each state a translator meets.</summary>
    internal static class TranslatedProject
    {
        public static TempProject Create()
        {
            var project = new TempProject("<I18nPrefix>App</I18nPrefix>").WithMessages("Worker.cs", "E100: Could not open {File}", "I101: Started {Count} jobs", "W102: Slow");
            Assert.Equal(0, CliRun.Of("extract", project.Directory, "--cultures", "de").ExitCode);
            // Translate E100 and I101 (I101 with a hole mistake); W102 stays untranslated.
            string german = project.Read("Resources/Messages.de.resx")
                .Replace("<data name=\"App-E100\" xml:space=\"preserve\">\n    <value></value>", "<data name=\"App-E100\" xml:space=\"preserve\">\n    <value>Kann {File} nicht öffnen</value>", System.StringComparison.Ordinal)
                .Replace("<data name=\"App-I101\" xml:space=\"preserve\">\n    <value></value>", "<data name=\"App-I101\" xml:space=\"preserve\">\n    <value>{Anzahl} Aufträge gestartet</value>", System.StringComparison.Ordinal);
            project.Write("Resources/Messages.de.resx", german);
            Assert.Equal(0, CliRun.Of("extract", project.Directory).ExitCode); // records the sources of the translations
            return project;
        }

        private static class Assert
        {
            public static void Equal(int expected, int actual)
            {
                if (expected != actual)
                    throw new System.InvalidOperationException($"setup failed: expected {expected}, got {actual}");
            }
        }
    }
}
