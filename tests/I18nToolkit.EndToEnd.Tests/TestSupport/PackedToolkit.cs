using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace I18nToolkit.EndToEnd.Tests.TestSupport
{
    /// <summary>
    /// The I18nToolkit package as users get it, packed once for the test run from the solution's build (the
    /// configuration the tests were built in) into a feed of its own, with a version of its own, so the packages cache
    /// never serves an older build. Projects made with <see cref="CreateProject"/> restore it from there.
    /// </summary>
    public sealed class PackedToolkit : IAsyncLifetime
    {
        public string Version { get; } = "0.1.0-e2e" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");

        /// <summary>The library packages, packed into <see cref="Feed"/>.</summary>
        public static readonly string[] Packages = { "I18nToolkit", "I18nToolkit.Serilog", "I18nToolkit.AspNetCore" };

        public string Feed { get; } = Path.Combine(Path.GetTempPath(), "i18n-feed-" + Guid.NewGuid().ToString("N").Substring(0, 8));

        /// <summary>Debug or Release, as this test assembly was built.</summary>
        public static string Configuration { get; } =
            AppContext.BaseDirectory.Replace('\\', '/').Contains("/bin/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

        public async Task InitializeAsync()
        {
            Directory.CreateDirectory(Feed);
            foreach (string project in Packages)
            {
                var pack = await DotNet.RunAsync($"pack src/{project} --no-build -c {Configuration} -nologo -o \"{Feed}\" -p:Version={Version}", timeout: TimeSpan.FromMinutes(4));
                if (pack.ExitCode != 0)
                    throw new InvalidOperationException($"Packing {project} failed:\n" + pack.Output + pack.Error);
            }
        }

        public Task DisposeAsync()
        {
            string cached = Path.Combine(Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"));
            foreach (string folder in Packages.Select(p => Path.Combine(cached, p.ToLowerInvariant(), Version)).Append(Feed))
            {
                try
                {
                    if (Directory.Exists(folder))
                        Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                    // A build server may still hold a file: the temp folder is cleaned later.
                }
            }

            return Task.CompletedTask;
        }

        /// <summary>
        /// A project folder that restores the package from the feed: <c>nuget.config</c> adding the feed to the machine's
        /// sources, and <paramref name="csproj"/> (with <c>$(Toolkit)</c> standing for the package version) as <paramref name="name"/>.csproj.
        /// </summary>
        internal TempProject CreateProject(string name, string csproj, TempProject? inside = null, string? folder = null)
        {
            TempProject project = inside ?? new TempProject(name);
            project.Write(Path.Combine(folder ?? string.Empty, name + ".csproj"), csproj.Replace("$(Toolkit)", Version, StringComparison.Ordinal));
            if (inside is null)
                WriteNuGetConfig(project);
            return project;
        }

        internal void WriteNuGetConfig(TempProject project) =>
            project.Write("nuget.config", $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <add key=\"i18ntoolkit-e2e\" value=\"{Feed}\" />\n  </packageSources>\n</configuration>\n");
    }

    [CollectionDefinition(Name)]
    public sealed class PackedToolkitCollection : ICollectionFixture<PackedToolkit>
    {
        public const string Name = "Packed toolkit";
    }
}
