using System;
using System.IO;
using System.Threading.Tasks;
using I18nToolkit.EndToEnd.Tests.TestSupport;
using Xunit;

namespace I18nToolkit.EndToEnd.Tests.Repository
{
    /// <summary>
    /// A change to a shipped library's public surface is a reviewed diff: the build of a library under <c>src/</c>
    /// fails on a public member its PublicAPI files do not list, and passes once it is listed.
    /// </summary>
    [Trait("Category", "EndToEnd")]
    public class PublicApiTrackingTests
    {
        [Theory]
        [InlineData("I18nToolkit")]
        [InlineData("I18nToolkit.Serilog")]
        [InlineData("I18nToolkit.AspNetCore")]
        public void Every_shipped_library_has_its_public_API_files(string project)
        {
            foreach (string file in new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" })
                Assert.True(File.Exists(Path.Combine(DotNet.RepositoryRoot, "src", project, file)), $"{project} has no {file}");
        }

        [Fact]
        public async Task The_build_fails_on_an_untracked_public_member()
        {
            // The repository's build settings, as a library beside the shipped ones sees them.
            using var repo = new TempProject("publicapi");
            Directory.CreateDirectory(Path.Combine(repo.Directory, "src"));
            foreach (string file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", Path.Combine("src", "Directory.Build.props") })
                File.Copy(Path.Combine(DotNet.RepositoryRoot, file), Path.Combine(repo.Directory, file), overwrite: true);
            repo.Write("src/Lib/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
            repo.Write("src/Lib/PublicAPI.Shipped.txt", "#nullable enable\n");
            repo.Write("src/Lib/PublicAPI.Unshipped.txt", "#nullable enable\n");
            repo.Write("src/Lib/Api.cs", "namespace Lib\n{\n    /// <summary>A type.</summary>\n    public static class Api\n    {\n        /// <summary>A member.</summary>\n        public static int Answer() => 42;\n    }\n}\n");

            var untracked = await DotNet.RunAsync("build src/Lib -nologo", repo.Directory, TimeSpan.FromMinutes(5));
            Assert.NotEqual(0, untracked.ExitCode);
            Assert.Contains("RS0016", untracked.Output, StringComparison.Ordinal);
            Assert.Contains("Answer", untracked.Output, StringComparison.Ordinal);

            repo.Write("src/Lib/PublicAPI.Unshipped.txt", "#nullable enable\nLib.Api\nstatic Lib.Api.Answer() -> int\n");
            var tracked = await DotNet.RunAsync("build src/Lib -nologo", repo.Directory, TimeSpan.FromMinutes(5));
            Assert.True(tracked.ExitCode == 0, tracked.Output + tracked.Error);
        }
    }
}
