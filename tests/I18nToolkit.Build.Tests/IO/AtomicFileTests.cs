using System;
using System.IO;
using System.Threading.Tasks;
using I18nToolkit.Build.IO;
using Xunit;

namespace I18nToolkit.Build.Tests.IO
{
    public class AtomicFileTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "i18n-atomic-" + Guid.NewGuid().ToString("N"));

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        [Fact]
        public void An_unchanged_file_is_not_rewritten()
        {
            string path = Path.Combine(_folder, "sub", "Messages.resx");
            Assert.True(AtomicFile.WriteIfChanged(path, "one\n"));
            var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(path, stamp);

            Assert.False(AtomicFile.WriteIfChanged(path, "one\n"));
            Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));

            Assert.True(AtomicFile.WriteIfChanged(path, "two\n"));
            Assert.Equal("two\n", File.ReadAllText(path));
            Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
        }

        [Fact]
        public void Concurrent_writers_leave_one_whole_file()
        {
            string path = Path.Combine(_folder, "Messages.resx");
            string a = new string('a', 200_000) + "\n", b = new string('b', 200_000) + "\n";

            Parallel.For(0, 40, i =>
            {
                try
                {
                    AtomicFile.WriteIfChanged(path, i % 2 == 0 ? a : b);
                }
                catch (IOException)
                {
                    // Losing a race to another writer is fine; a torn file is not.
                }
            });

            string content = File.ReadAllText(path);
            Assert.True(content == a || content == b);
            Assert.Single(Directory.GetFiles(_folder));
        }
    }
}
