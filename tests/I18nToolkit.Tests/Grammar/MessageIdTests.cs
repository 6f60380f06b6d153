using System;
using I18nToolkit.Grammar;
using Xunit;

namespace I18nToolkit.Tests.Grammar
{
    public class MessageIdTests
    {
        [Fact]
        public void The_resource_key_is_prefix_dash_id()
        {
            Assert.Equal("Payrollsync-E131", new MessageId("E131").ToResourceKey("Payrollsync"));
            Assert.Throws<ArgumentException>(() => new MessageId("E131").ToResourceKey(""));
        }

        [Fact]
        public void Ids_without_usable_digits_get_a_stable_hash_number()
        {
            var id = new MessageId("ABC");

            Assert.Equal(id.Number, new MessageId("ABC").Number);
            Assert.NotEqual(id.Number, new MessageId("ABD").Number);
            Assert.True(id.Number >= 0);
            Assert.Equal(new MessageId("E12345678901").Number, new MessageId("E12345678901").Number);
        }

        [Fact]
        public void Ids_compare_by_text()
        {
            Assert.Equal(new MessageId("E131"), new MessageId("E131"));
            Assert.True(new MessageId("E131") != new MessageId("W131"));
            Assert.True(default(MessageId).IsEmpty);
            Assert.Throws<ArgumentException>(() => new MessageId(""));
        }
    }
}
