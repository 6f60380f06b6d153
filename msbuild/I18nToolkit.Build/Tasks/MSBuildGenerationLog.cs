using I18nToolkit.Build.Generation;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace I18nToolkit.Build.Tasks
{
    /// <summary>The engine's reports as MSBuild errors, warnings and messages, so IDEs place them at the file and line.</summary>
    internal sealed class MSBuildGenerationLog : IGenerationLog
    {
        private readonly TaskLoggingHelper _log;

        public MSBuildGenerationLog(TaskLoggingHelper log) => _log = log;

        public void Error(string code, string file, int line, int column, string message) =>
            _log.LogError(null, code, null, file, line, column, 0, 0, message);

        public void Warning(string code, string file, int line, int column, string message) =>
            _log.LogWarning(null, code, null, file, line, column, 0, 0, message);

        /// <summary>What changed in the translators' files is shown at the default verbosity (a moved prefix, entries added or stale); the rest on request.</summary>
        public void Info(string message, bool important) =>
            _log.LogMessage(important ? MessageImportance.High : MessageImportance.Low, message);
    }
}
