using System.Globalization;
using I18nToolkit.Context;
using I18nToolkit.Localization;
using Xunit;

namespace I18nToolkit.Tests.Logging
{
    /// <summary>The public surface logging adapters build on: entries, their per-adapter state, frames.</summary>
    public class AdapterStateTests
    {
        private sealed class FirstAdapter { }

        private sealed class SecondAdapter { }

        [Fact]
        public void Each_adapter_keeps_its_own_state_on_an_entry_built_once()
        {
            var localizer = new Localizer("App", null);
            MessageEntry entry = localizer.GetEntry("E131: Could not find {File}");
            int firstBuilt = 0, secondBuilt = 0;

            FirstAdapter first = entry.GetAdapterState(_ => { firstBuilt++; return new FirstAdapter(); });
            SecondAdapter second = entry.GetAdapterState(_ => { secondBuilt++; return new SecondAdapter(); });

            Assert.Same(first, entry.GetAdapterState(_ => new FirstAdapter()));
            Assert.Same(second, entry.GetAdapterState(_ => new SecondAdapter()));
            Assert.Equal((1, 1), (firstBuilt, secondBuilt));
            Assert.Same(entry, localizer.GetEntry("E131: Could not find {File}"));
        }

        [Fact]
        public void An_entry_tells_an_adapter_what_the_record_carries()
        {
            var localizer = new Localizer("App", null);
            MessageEntry entry = localizer.GetEntry("E131: Copy {Source} to {Target}");

            Assert.Same(localizer, entry.Localizer);
            Assert.Equal("E131", entry.Id.Value);
            Assert.Equal("App-E131", entry.Key);
            Assert.Equal(131, entry.EventId.Id);
            Assert.Equal(new[] { "Source", "Target" }, entry.CodeTemplate.HoleNames);
            Assert.Equal(new[] { 0, 1 }, entry.CodeTemplate.HoleArgumentIndexes);
            Assert.Same(entry.DisplayTemplate, entry.GetTemplate(CultureInfo.InvariantCulture));
            Assert.Collection(entry.CodeTemplate.Parts,
                p => Assert.Equal("Copy ", p.Literal),
                p => Assert.Equal("Source", p.Hole!.Name),
                p => Assert.Equal(" to ", p.Literal),
                p => Assert.Equal("Target", p.Hole!.Name));
        }

        [Fact]
        public void Frames_keep_adapter_state_and_show_their_stack()
        {
            using (DiagnosticContext.Push("Application", "Payrollsync"))
            using (DiagnosticContext.Push("Import"))
            {
                ContextFrame top = DiagnosticContext.CurrentFrame!;
                object state = top.GetAdapterState(_ => new FirstAdapter());

                Assert.Same(state, top.GetAdapterState(_ => new FirstAdapter()));
                Assert.Equal("Application=Payrollsync > Import", top.StackText);
                Assert.Equal("Payrollsync", top.Parent![0].Value);
                Assert.Null(top.Parent.Parent);
            }

            Assert.Null(DiagnosticContext.CurrentFrame);
        }
    }
}
