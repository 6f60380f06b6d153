using Xunit;

namespace I18nToolkit.Tests.Localization
{
    /// <summary>Tests that subscribe to the static <c>Localizer.ProblemReported</c> event run one at a time.</summary>
    [CollectionDefinition(nameof(ProblemReportedCollection), DisableParallelization = true)]
    public sealed class ProblemReportedCollection
    {
    }
}
