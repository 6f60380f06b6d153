using System;
using System.IO;
using System.Threading.Tasks;
using I18nToolkit.EndToEnd.Tests.TestSupport;
using Xunit;

namespace I18nToolkit.EndToEnd.Tests.Build
{
    /// <summary>
    /// No record lost under the default policy: a process killed right after a warning still has it (and what came
    /// before it) in its CLEF file; a process that ends without disposing its logger factory still has everything.
    /// </summary>
    [Trait("Category", "EndToEnd")]
    [Collection(PackedToolkitCollection.Name)]
    public class ClefDurabilityTests
    {
        private readonly PackedToolkit _toolkit;

        public ClefDurabilityTests(PackedToolkit toolkit) => _toolkit = toolkit;

        [Fact]
        public async Task No_record_is_lost_when_the_process_is_killed_after_a_warning_or_ends_without_disposing()
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
var log = factory.CreateLocalizedLogger(""Durable"");
log.Info(Messages.Loc.X(""I101: Checking {Disk}"", ""/var""));
if (args.Length > 0 && args[0] == ""exit"")
{
    log.Info(Messages.Loc.X(""I102: Done with {Disk}"", ""/var""));
    return; // ends without disposing the factory
}
log.Warn(Messages.Loc.X(""W100: Disk {Disk} almost full"", ""/var""));
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
            Assert.Contains("\"@m\":\"I101: Checking /var\"", clef, StringComparison.Ordinal); // buffered, written with the warning
            Assert.Contains("\"@m\":\"W100: Disk /var almost full\"", clef, StringComparison.Ordinal);
            Assert.EndsWith("\n", clef, StringComparison.Ordinal); // the whole line

            // Information only, and the process returns from Main with the factory never disposed: written at exit.
            File.Delete(Path.Combine(app.Directory, "app.clef"));
            var exited = await DotNet.RunAsync("run --no-build -- exit", app.Directory, TimeSpan.FromMinutes(2));
            Assert.True(exited.ExitCode == 0, exited.Output + exited.Error);
            string[] lines = File.ReadAllLines(Path.Combine(app.Directory, "app.clef"));
            Assert.Equal(2, lines.Length);
            Assert.Contains("I102: Done with /var", lines[1], StringComparison.Ordinal);
        }
    }
}
