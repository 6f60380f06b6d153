using System;
using I18nToolkit.Propagation;
using Xunit;

namespace I18nToolkit.Tests.Propagation
{
    public class RecentStringsTests
    {
        [Fact]
        public void A_text_seen_before_is_the_same_instance_and_long_texts_are_not_kept()
        {
            var strings = new RecentStrings(16, 8);

            string first = strings.Get("a=Payroll,b", 2, 7);
            string again = strings.Get("x,Payroll", 2, 7);
            string longFirst = strings.Get("x=PayrollSync", 2, 11);
            string longAgain = strings.Get("x=PayrollSync", 2, 11);

            Assert.Equal("Payroll", first);
            Assert.Same(first, again);
            Assert.Equal(longFirst, longAgain);
            Assert.NotSame(longFirst, longAgain);
            Assert.Same(string.Empty, strings.Get("abc", 1, 0));
        }

        [Fact]
        public void Whatever_shares_a_slot_the_text_returned_is_always_the_text_asked_for()
        {
            var strings = new RecentStrings(4, 16); // few slots: collisions all the time
            var random = new Random(3);
            for (int i = 0; i < 5000; i++)
            {
                string text = "ID-" + random.Next(0, 40) + ",x";
                int length = text.Length - 2;
                Assert.Equal(text.Substring(0, length), strings.Get(text, 0, length));
            }
        }
    }
}
