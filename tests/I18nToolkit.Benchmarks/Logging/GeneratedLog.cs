using Microsoft.Extensions.Logging;

namespace I18nToolkit.Benchmarks.Logging
{
    /// <summary>The same message through Microsoft.Extensions.Logging's source generator: the fastest MEL path.</summary>
    internal static partial class GeneratedLog
    {
        [LoggerMessage(EventId = 131, Level = LogLevel.Information, Message = "Could not find files with pattern {Pattern} in directory {Directory} ({Count} tried)")]
        public static partial void CouldNotFindInfo(ILogger logger, string pattern, string directory, int count);

        [LoggerMessage(EventId = 131, Level = LogLevel.Debug, Message = "Could not find files with pattern {Pattern} in directory {Directory} ({Count} tried)")]
        public static partial void CouldNotFindDebug(ILogger logger, string pattern, string directory, int count);
    }
}
