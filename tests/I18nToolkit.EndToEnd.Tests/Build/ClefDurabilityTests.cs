using System;
using System.IO;
using System.Threading.Tasks;
using I18nToolkit.EndToEnd.Tests.TestSupport;
using Xunit;

namespace I18nToolkit.EndToEnd.Tests.Build
{
    /// <summary>No record lost: a process killed right after it logged still has the record in its CLEF file.</summary>
    [Trait("Category", "EndToEnd")]
    [Collection(PackedToolkitCollection.Name)]
    public class ClefDurabilityTests
    {
        private readonly PackedToolkit _toolkit;

        public ClefDurabilityTests(PackedToolkit toolkit) => _toolkit = toolkit;

        [Fact]
        public async Task A_warning_logged_before_the_process_is_killed_is_in_the_file()
        {
            using TempProject app = _toolkit.CreateProject("Durable", @"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include=""I18nToolkit"" Version=""$(Toolkit)"" />
    <PackageReference Include=""Microsoft.Extensions.Logging"" Version=""10.0.14"" />
  </ItemGroup>
</Project>");
            app.Write("Program.cs", @"using I18nToolkit.Localization;
using I18nToolkit.Logging;
using Microsoft.Extensions.Logging;

var factory = LoggerFactory.Create(b => b.AddClef(o => o.Path = ""app.clef""));
factory.CreateLocalizedLogger(""Durable"").Warn(Messages.Loc.X(""W100: Disk {Disk} almost full"", ""/var""));
System.Console.WriteLine(""logged"");
System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite); // killed here, never disposed

static class Messages { public static readonly Localizer Loc = Localizer.ForAssembly(typeof(Messages).Assembly); }
");
            var build = await DotNet.RunAsync("build -nologo", app.Directory, TimeSpan.FromMinutes(5));
            Assert.True(build.ExitCode == 0, build.Output + build.Error);

            using (RunningProcess process = RunningProcess.Start("dotnet", "run --no-build", app.Directory))
                await process.WaitForLineAsync("^logged$", TimeSpan.FromMinutes(2));
            // Disposed: killed with its process tree, without the factory being disposed.

            string clef = File.ReadAllText(Path.Combine(app.Directory, "app.clef"));
            Assert.Contains("\"@mt\":\"W100: Disk {Disk} almost full\"", clef, StringComparison.Ordinal);
            Assert.EndsWith("\n", clef, StringComparison.Ordinal); // the whole line
        }
    }
}
