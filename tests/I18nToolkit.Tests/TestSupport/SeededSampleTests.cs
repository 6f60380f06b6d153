using System.Collections.Generic;
using CsCheck;
using Xunit;

namespace I18nToolkit.Tests.TestSupport
{
    public class SeededSampleTests
    {
        [Fact]
        public void Property_samples_are_the_same_on_every_run()
        {
            // CsCheck's own Sample explores fresh samples after the seed's first one (and on several threads):
            // these tests' Sample calls must bind to SeededSample, which draws them all from the seed.
            var first = new List<int>();
            var second = new List<int>();
            Gen.Int.Sample(v => first.Add(v), seed: "0Qc7bqKRaGc3", iter: 200);
            Gen.Int.Sample(v => second.Add(v), seed: "0Qc7bqKRaGc3", iter: 200);
            Assert.Equal(200, first.Count);
            Assert.Equal(first, second);
        }
    }
}
