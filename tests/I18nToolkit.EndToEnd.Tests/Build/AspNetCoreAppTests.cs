using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;
using I18nToolkit.EndToEnd.Tests.TestSupport;
using Xunit;

namespace I18nToolkit.EndToEnd.Tests.Build
{
    /// <summary>
    /// A minimal-API app built from the packed packages as a user lays it out (RootNamespace other than the assembly
    /// name, the model in its own file): <c>AddLocalization()</c> + <c>AddI18nToolkit()</c> resolve
    /// <c>IStringLocalizer&lt;Program&gt;</c> over the satellite assemblies the toolkit's build produced; German and
    /// English users read their language; the log is in one language for both.
    /// </summary>
    [Trait("Category", "EndToEnd")]
    [Collection(PackedToolkitCollection.Name)]
    public sealed class AspNetCoreAppTests
    {
        private static readonly TimeSpan Startup = TimeSpan.FromMinutes(1);

        private readonly PackedToolkit _toolkit;

        public AspNetCoreAppTests(PackedToolkit toolkit) => _toolkit = toolkit;

        private const string Program = @"using I18nToolkit.AspNetCore;
using I18nToolkit.Exceptions;
using I18nToolkit.Localization;
using I18nToolkit.Logging;
using Microsoft.Extensions.Localization;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders().AddSimpleConsole(o => o.SingleLine = true);
builder.Services.AddLocalization();
builder.AddI18nToolkit();
builder.Services.AddRazorPages().AddViewLocalization();
builder.Services.AddRequestLocalization(o => o.SetDefaultCulture(""en"").AddSupportedCultures(""en"", ""de"").AddSupportedUICultures(""en"", ""de""));

var app = builder.Build();
app.UseExceptionHandler();
app.UseRequestLocalization();
app.MapGet(""/files/{dir}"", (string dir, IStringLocalizer<Program> localizer, LocalizedLogger<Program> log) =>
{
    log.Info(Company.Web.Messages.Loc.X(""I403: Looked for files in {Directory}"", dir));
    return localizer[""E401: Could not find files in {Directory}"", dir].Value;
});
app.MapPost(""/payslips"", (Company.Web.Models.Payslip payslip) => ""ok"").WithLocalizedValidation();
app.MapGet(""/locked/{id}"", (int id) =>
{
    throw new LocalizedException(Company.Web.Messages.Loc.X(""E404: Payslip {Id} is locked"", id));
});
app.MapRazorPages();
app.Run();

namespace Company.Web
{
    internal static class Messages
    {
        public static readonly Localizer Loc = Localizer.ForAssembly(typeof(Messages).Assembly);
    }
}
";

        private const string Model = @"using System.ComponentModel.DataAnnotations;

namespace Company.Web.Models;

public sealed class Payslip
{
    [Required(ErrorMessage = ""E402: The {0} field is required"")]
    [Display(Name = ""L405: Employee"")]
    public string? Employee { get; set; }
}
";

        private const string German = @"<?xml version=""1.0"" encoding=""utf-8""?>
<root>
  <data name=""PayrollWeb-E401"" xml:space=""preserve""><value>Keine Dateien in {Directory} gefunden</value></data>
  <data name=""PayrollWeb-E402"" xml:space=""preserve""><value>Das Feld {0} ist erforderlich</value></data>
  <data name=""PayrollWeb-I403"" xml:space=""preserve""><value>Dateien in {Directory} gesucht</value></data>
  <data name=""PayrollWeb-E404"" xml:space=""preserve""><value>Lohnzettel {Id} ist gesperrt</value></data>
  <data name=""PayrollWeb-L405"" xml:space=""preserve""><value>Mitarbeiter</value></data>
  <data name=""PayrollWeb-I406"" xml:space=""preserve""><value>Willkommen, {Name}</value></data>
</root>
";

        private const string Page = @"@page
@using Microsoft.AspNetCore.Mvc.Localization
@inject IViewLocalizer Localizer
<p>@Localizer[""I406: Welcome, {Name}"", Request.Query[""name""].ToString()]</p>
";

        [Fact]
        public async Task A_minimal_api_answers_each_user_in_their_language_from_the_builds_satellite_assemblies_and_logs_one_language()
        {
            using TempProject project = _toolkit.CreateProject("PayrollWeb", @"<Project Sdk=""Microsoft.NET.Sdk.Web"">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <RootNamespace>Company.Web</RootNamespace>
    <I18nCultures>de</I18nCultures>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include=""I18nToolkit"" Version=""$(Toolkit)"" />
    <PackageReference Include=""I18nToolkit.AspNetCore"" Version=""$(Toolkit)"" />
  </ItemGroup>
</Project>");
            project.Write("Program.cs", Program);
            project.Write("Models/Payslip.cs", Model);
            project.Write("Resources/Messages.de.resx", German);
            project.Write("Pages/Welcome.cshtml", Page);

            var build = await DotNet.RunAsync("build -nologo", project.Directory, TimeSpan.FromMinutes(5));
            Assert.True(build.ExitCode == 0, build.Output + build.Error);
            // The build extracted the indexer's name and the annotation texts beside the Loc.X messages.
            string neutral = File.ReadAllText(Path.Combine(project.Directory, "Resources", "Messages.resx"));
            foreach (string key in new[] { "E401", "E402", "I403", "E404", "L405", "I406" })
                Assert.Contains($"<data name=\"PayrollWeb-{key}\"", neutral, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(project.Directory, "bin", "Debug", "net10.0", "de", "PayrollWeb.resources.dll")));

            // The log culture: the process's (English here) at start-up, whoever sends the requests.
            using RunningProcess app = RunningProcess.Start("dotnet", "run --no-build -- --urls http://127.0.0.1:0", project.Directory);
            string address = (await app.WaitForLineAsync(@"Now listening on: (http://127\.0\.0\.1:\d+)", Startup)).Groups[1].Value;
            using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };

            Assert.Equal("E401: Keine Dateien in inbox gefunden", await GetAsync(http, "/files/inbox", "de-DE"));
            Assert.Equal("E401: Could not find files in inbox", await GetAsync(http, "/files/inbox", "en-US"));

            // A Razor page's IViewLocalizer: the message from the .cshtml, its argument HTML-encoded.
            Assert.Equal("<p>I406: Willkommen, &lt;Ada&gt;</p>", (await GetAsync(http, "/Welcome?name=%3CAda%3E", "de-DE")).Trim());

            using (HttpResponseMessage invalid = await SendAsync(http, HttpMethod.Post, "/payslips", "de", new { }))
            {
                Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
                using JsonDocument problem = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync());
                Assert.Equal("E402: Das Feld Mitarbeiter ist erforderlich", problem.RootElement.GetProperty("errors").GetProperty("Employee")[0].GetString());
            }

            using (HttpResponseMessage locked = await SendAsync(http, HttpMethod.Get, "/locked/7", "de", null))
            {
                Assert.Equal(HttpStatusCode.InternalServerError, locked.StatusCode);
                using JsonDocument problem = JsonDocument.Parse(await locked.Content.ReadAsStringAsync());
                Assert.Equal("E404: Lohnzettel 7 ist gesperrt", problem.RootElement.GetProperty("detail").GetString());
                Assert.Equal("E404", problem.RootElement.GetProperty("messageId").GetString());
            }

            await app.WaitForLineAsync(@"E404: Payslip 7 is locked", TimeSpan.FromSeconds(10));
            string[] looked = app.Output.Split('\n').Where(l => l.Contains("I403:", StringComparison.Ordinal)).Select(l => l.Trim()).ToArray();
            Assert.Equal(new[] { "info: Program[403] I403: Looked for files in inbox", "info: Program[403] I403: Looked for files in inbox" }, looked);
            Assert.DoesNotContain("Lohnzettel", app.Output, StringComparison.Ordinal);
        }

        private static async Task<string> GetAsync(HttpClient http, string path, string language)
        {
            using HttpResponseMessage response = await SendAsync(http, HttpMethod.Get, path, language, null);
            string body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{path} ({language}): {response.StatusCode} {body}");
            return body;
        }

        private static Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string language, object? body)
        {
            var request = new HttpRequestMessage(method, path);
            request.Headers.AcceptLanguage.ParseAdd(language);
            if (body is not null)
                request.Content = JsonContent.Create(body);
            return http.SendAsync(request);
        }
    }
}
