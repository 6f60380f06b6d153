using I18nToolkit.Resx;
using Xunit;

namespace I18nToolkit.Build.Tests.Resx
{
    public class CultureFilesTests
    {
        [Theory]
        [InlineData("Messages.de.resx", "de")]
        [InlineData("Resources/Messages.de-AT.resx", "de-AT")]
        [InlineData("Messages.zh-Hans.resx", "zh-Hans")]
        [InlineData("Messages.qps-ploc.resx", "qps-ploc")]
        [InlineData("Messages.resx", null)] // the neutral file
        [InlineData("Messages.Designer.resx", null)] // not a culture name
        [InlineData("Other.de.resx", null)] // another base name
        [InlineData("Messages.de.xlf", null)]
        public void A_culture_file_is_the_base_name_a_culture_name_and_resx(string file, string? culture)
        {
            Assert.Equal(culture, CultureFiles.CultureOf(file, "Messages"));
        }
    }
}
