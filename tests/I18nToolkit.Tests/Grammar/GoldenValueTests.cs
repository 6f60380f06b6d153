using I18nToolkit.Grammar;
using Xunit;

namespace I18nToolkit.Tests.Grammar
{
    /// <summary>
    /// Values that live on outside the process: event IDs in log backends and dashboards. A change here breaks every
    /// user's saved queries, so each is pinned to its value.
    /// </summary>
    public class GoldenValueTests
    {
        [Theory]
        [InlineData("E131", 131)]
        [InlineData("W2001", 2001)]
        [InlineData("AB12C7", 7)] // the last run of digits
        [InlineData("E123456789", 123456789)]
        [InlineData("ABC", 1552166763)] // no digits: FNV-1a over the UTF-16 code units, 31 bits
        [InlineData("E1234567890", 808016681)] // more digits than fit: the hash
        [InlineData("MSG-X", 2130967007)]
        public void Event_id_numbers_never_change(string id, int number)
        {
            Assert.Equal(number, new MessageId(id).Number);
        }
    }
}
