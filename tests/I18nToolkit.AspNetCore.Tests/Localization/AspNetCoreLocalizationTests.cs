using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;
using I18nToolkit.Exceptions;
using I18nToolkit.AspNetCore;
using I18nToolkit.Localization;
using I18nToolkit.Logging;
using I18nToolkit.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Xunit;
using MsLocalizedString = Microsoft.Extensions.Localization.LocalizedString;

namespace I18nToolkit.AspNetCore.Tests.Localization
{
    /// <summary>
    /// An app set up as the README says (AddI18nToolkit, request localization for en and de, UseExceptionHandler) over
    /// loopback Kestrel: users get their language, the log gets the log culture.
    /// </summary>
    public sealed class AspNetCoreLocalizationTests : IAsyncLifetime
    {
        private static readonly Localizer Loc = Localizer.ForAssembly(typeof(AspNetCoreLocalizationTests).Assembly);

        private readonly CapturingLoggerProvider _records = new CapturingLoggerProvider();
        private WebApplication _app = null!;
        private HttpClient _http = null!;

        public async Task InitializeAsync()
        {
            WebApplicationBuilder builder = WebApplication.CreateBuilder(new[] { "--I18nToolkit:LogCulture=en" });
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders().AddProvider(_records);
            builder.AddI18nToolkit(o => o.ExceptionStatusCode = e => e is LockedException ? StatusCodes.Status409Conflict : StatusCodes.Status500InternalServerError);
            builder.Services.AddRequestLocalization(o => o.SetDefaultCulture("en").AddSupportedCultures("en", "de").AddSupportedUICultures("en", "de"));
            builder.Services.AddControllers().AddDataAnnotationsLocalization().AddApplicationPart(typeof(PayslipsController).Assembly);
            _app = builder.Build();
            _app.UseExceptionHandler();
            _app.UseRequestLocalization();
            _app.MapGet("/files", (IStringLocalizer<AspNetCoreLocalizationTests> localizer, LocalizedLogger<AspNetCoreLocalizationTests> log) =>
            {
                log.Warn(Loc.X("E301: Could not find files in {Directory}", "inbox"));
                return localizer["E301: Could not find files in {Directory}", "inbox"].Value;
            });
            _app.MapGet("/plain", (IStringLocalizer<AspNetCoreLocalizationTests> localizer) =>
            {
                MsLocalizedString s = localizer["Welcome, {0}", "Ada"];
                return $"{s.Value}|{s.ResourceNotFound}";
            });
            _app.MapGet("/all", (IStringLocalizer<AspNetCoreLocalizationTests> localizer) =>
                string.Join("\n", localizer.GetAllStrings(true).Select(s => s.Name + " => " + s.Value)));
            _app.MapGet("/locked/{id}", (int id) =>
            {
                throw new LockedException(Loc.X("E305: Payslip {Id} is locked", id));
            });
            _app.MapGet("/refuse/{id}", (int id) => LocalizedResults.Problem(Loc.X("E305: Payslip {Id} is locked", id), StatusCodes.Status422UnprocessableEntity));
            _app.MapGet("/crash", () =>
            {
                throw new InvalidOperationException("not localized");
            });
            _app.MapPost("/payslips", (Payslip payslip) => "accepted " + payslip.Employee).WithLocalizedValidation();
            _app.MapGroup("/group").WithLocalizedValidation().MapPost("/payslips", (Payslip payslip) => "accepted " + payslip.Employee);
            _app.MapControllers();
            await _app.StartAsync();
            string address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            _http = new HttpClient { BaseAddress = new Uri(address) };
        }

        public async Task DisposeAsync()
        {
            _http.Dispose();
            await _app.DisposeAsync();
        }

        private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string language, object? body = null)
        {
            var request = new HttpRequestMessage(method, path);
            request.Headers.AcceptLanguage.ParseAdd(language);
            if (body is not null)
                request.Content = JsonContent.Create(body);
            return _http.SendAsync(request);
        }

        [Fact]
        public async Task Each_user_reads_their_language_and_the_log_reads_the_log_culture()
        {
            string german = await (await SendAsync(HttpMethod.Get, "/files", "de-DE")).Content.ReadAsStringAsync();
            string english = await (await SendAsync(HttpMethod.Get, "/files", "en-US")).Content.ReadAsStringAsync();

            Assert.Equal("E301: Keine Dateien in inbox gefunden", german);
            Assert.Equal("E301: Could not find files in inbox", english);
            string[] logged = Records("E301").Select(r => r.Message).ToArray();
            Assert.Equal(new[] { "E301: Could not find files in inbox", "E301: Could not find files in inbox" }, logged);
        }

        [Fact]
        public async Task A_localized_exception_is_problem_details_in_the_request_language_and_one_record_in_the_log_culture()
        {
            HttpResponseMessage response = await SendAsync(HttpMethod.Get, "/locked/7", "de");

            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode); // ExceptionStatusCode chose it
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("E305: Lohnzettel 7 ist gesperrt", problem.RootElement.GetProperty("detail").GetString());
            Assert.Equal("E305", problem.RootElement.GetProperty("messageId").GetString());
            Assert.Equal(409, problem.RootElement.GetProperty("status").GetInt32());

            CapturedRecord record = Assert.Single(Records("E305"));
            Assert.Equal("E305: Payslip 7 is locked", record.Message);
            Assert.Equal(LogLevel.Error, record.Level);
            Assert.StartsWith("I18nToolkit.AspNetCore.Tests.Localization.AspNetCoreLocalizationTests+LockedException: E305: Payslip 7 is locked", record.ExceptionText);
            // The handler's record is the failure's only one: ASP.NET Core does not log it again in the user's language.
            Assert.DoesNotContain(_records.Records, r => r.ExceptionText?.Contains("Lohnzettel") == true || r.Message.Contains("Lohnzettel"));
        }

        [Theory]
        [InlineData("de-DE", "E305: Lohnzettel 9 ist gesperrt")]
        [InlineData("en", "E305: Payslip 9 is locked")]
        public async Task A_handler_answers_with_a_localized_problem_without_throwing(string language, string detail)
        {
            HttpResponseMessage response = await SendAsync(HttpMethod.Get, "/refuse/9", language);

            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(detail, problem.RootElement.GetProperty("detail").GetString());
            Assert.Equal("E305", problem.RootElement.GetProperty("messageId").GetString());
            Assert.Equal(422, problem.RootElement.GetProperty("status").GetInt32());
        }

        [Fact]
        public void A_problem_needs_a_message_and_an_http_status()
        {
            Assert.Throws<ArgumentNullException>(() => LocalizedResults.Problem(null!));
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => LocalizedResults.Problem(Loc.X("E305: Payslip {Id} is locked", 1), 42));
            Assert.Contains("100 to 599", error.Message);
        }

        [Fact]
        public async Task Other_exceptions_are_left_to_the_framework()
        {
            HttpResponseMessage response = await SendAsync(HttpMethod.Get, "/crash", "de");

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            string body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("messageId", body);
            Assert.DoesNotContain("not localized", body); // no exception text reaches a client unasked
        }

        [Theory]
        [InlineData("de", "E302: Das Feld Employee ist erforderlich", "E303: Geleistete Stunden muss zwischen 1 und 100 liegen")]
        [InlineData("en", "E302: The Employee field is required", "E303: Hours worked must be between 1 and 100")]
        public async Task Minimal_api_validation_answers_in_the_request_language(string language, string employee, string hours)
        {
            HttpResponseMessage response = await SendAsync(HttpMethod.Post, "/payslips", language, new { Hours = 300 });

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            JsonElement errors = problem.RootElement.GetProperty("errors");
            Assert.Equal(employee, Assert.Single(errors.GetProperty("Employee").EnumerateArray()).GetString());
            Assert.Equal(hours, Assert.Single(errors.GetProperty("Hours").EnumerateArray()).GetString());
        }

        [Theory]
        [InlineData("de", "E307: Code muss 2 bis 5 Zeichen haben")]
        [InlineData("en", "E307: Code must have 2 to 5 characters")]
        public async Task An_attributes_own_values_fill_its_message_as_mvc_passes_them(string language, string expected)
        {
            HttpResponseMessage response = await SendAsync(HttpMethod.Post, "/payslips", language, new { Employee = "Ada", Hours = 13, Code = "ABCDEFG" });

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            JsonElement errors = problem.RootElement.GetProperty("errors");
            Assert.Equal(expected, Assert.Single(errors.GetProperty("Code").EnumerateArray()).GetString());
            // IValidatableObject's own results come through as they are.
            Assert.Equal("Thirteen hours are not allowed", Assert.Single(errors.GetProperty("Hours").EnumerateArray()).GetString());
        }

        [Fact]
        public async Task Localized_validation_applies_to_a_group_of_endpoints()
        {
            HttpResponseMessage response = await SendAsync(HttpMethod.Post, "/group/payslips", "de", new { Hours = 40 });

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("E302: Das Feld Employee ist erforderlich", problem.RootElement.GetProperty("errors").GetProperty("Employee")[0].GetString());
        }

        [Fact]
        public void The_localizers_options_can_leave_the_id_out_of_users_texts()
        {
            using ServiceProvider services = new ServiceCollection().AddLogging()
                .AddI18nToolkit(o => o.LocalizerOptions = new LocalizerOptions { IncludeIdInText = false }).BuildServiceProvider();
            IStringLocalizer localizer = services.GetRequiredService<IStringLocalizer<AspNetCoreLocalizationTests>>();
            using (new CultureScope("de-DE"))
            {
                Assert.Equal("Keine Dateien in inbox gefunden", localizer["E301: Could not find files in {Directory}", "inbox"].Value);
            }
        }

        [Fact]
        public async Task A_valid_model_reaches_the_handler()
        {
            HttpResponseMessage response = await SendAsync(HttpMethod.Post, "/payslips", "de", new { Employee = "Ada", Hours = 40 });

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("accepted Ada", await response.Content.ReadAsStringAsync());
        }

        [Fact]
        public async Task Mvc_data_annotations_localization_uses_the_same_messages()
        {
            HttpResponseMessage response = await SendAsync(HttpMethod.Post, "/mvc/payslips", "de", new { Hours = 40 });

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("E302: Das Feld Employee ist erforderlich",
                Assert.Single(problem.RootElement.GetProperty("errors").GetProperty("Employee").EnumerateArray()).GetString());
        }

        [Fact]
        public async Task A_plain_name_works_as_microsoft_extensions_localization_has_it()
        {
            // No resources for the name: the name itself, formatted, and ResourceNotFound - what ResourceManagerStringLocalizer gives.
            Assert.Equal("Welcome, Ada|True", await (await SendAsync(HttpMethod.Get, "/plain", "de")).Content.ReadAsStringAsync());
        }

        [Fact]
        public async Task All_strings_are_the_messages_in_the_request_language()
        {
            string all = await (await SendAsync(HttpMethod.Get, "/all", "de")).Content.ReadAsStringAsync();

            Assert.Contains("E301: Could not find files in {Directory} => E301: Keine Dateien in {Directory} gefunden", all);
            Assert.Contains("E305: Payslip {Id} is locked => E305: Lohnzettel {Id} ist gesperrt", all);
        }

        [Fact]
        public void The_localizer_reports_a_missing_translation_as_not_found_and_falls_back_to_english()
        {
            var factory = _app.Services.GetRequiredService<IStringLocalizerFactory>();
            IStringLocalizer localizer = factory.Create(typeof(AspNetCoreLocalizationTests));
            using (new CultureScope("fr-FR"))
            {
                MsLocalizedString french = localizer["E301: Could not find files in {Directory}", "inbox"];
                Assert.Equal("E301: Could not find files in inbox", french.Value);
                Assert.True(french.ResourceNotFound);
                Assert.Equal("I18nToolkit.AspNetCore.Tests-E301", french.SearchedLocation);
            }

            using (new CultureScope("de-AT")) // along the chain to de
            {
                MsLocalizedString austrian = localizer["E301: Could not find files in {Directory}", "inbox"];
                Assert.Equal("E301: Keine Dateien in inbox gefunden", austrian.Value);
                Assert.False(austrian.ResourceNotFound);
            }
        }

        [Fact]
        public void The_log_culture_comes_from_configuration()
        {
            var options = _app.Services.GetRequiredService<LocalizedLoggingOptions>();
            Assert.Equal("en", options.Culture.Name);
            Assert.Equal("en", _app.Services.GetRequiredService<I18nToolkitOptions>().LogCulture.Name);
        }

        [Fact]
        public void The_toolkit_and_add_localized_logging_share_one_log_culture()
        {
            var services = new ServiceCollection().AddLogging();
            services.AddLocalizedLogging(o => o.Culture = CultureInfo.GetCultureInfo("de"));
            services.AddI18nToolkit(o => o.LogFormatCulture = CultureInfo.GetCultureInfo("pl-PL"));
            services.AddI18nToolkit(); // again: the same options

            using ServiceProvider provider = services.BuildServiceProvider();
            var toolkit = provider.GetRequiredService<I18nToolkitOptions>();
            Assert.Same(provider.GetRequiredService<LocalizedLoggingOptions>(), toolkit.Logging);
            Assert.Equal("de", toolkit.LogCulture.Name);
            var log = provider.GetRequiredService<LocalizedLogger<AspNetCoreLocalizationTests>>();
            Assert.Equal(("de", "pl-PL"), (log.Culture.Name, log.FormatCulture.Name));
            Assert.Single(services, d => d.ServiceType == typeof(IStringLocalizerFactory));
        }

        [Fact]
        public void Html_localizers_render_toolkit_messages_with_their_arguments_encoded()
        {
            using ServiceProvider provider = new ServiceCollection().AddLogging().AddI18nToolkit().BuildServiceProvider();
            IHtmlLocalizer localizer = provider.GetRequiredService<IHtmlLocalizerFactory>().Create(typeof(AspNetCoreLocalizationTests));
            using (new CultureScope("de-DE"))
            {
                Assert.Equal("E301: Keine Dateien in &lt;b&gt;inbox&lt;/b&gt; gefunden", Html(localizer["E301: Could not find files in {Directory}", "<b>inbox</b>"]));
                Assert.Equal("E305: Lohnzettel 7 ist gesperrt", Html(localizer["E305: Payslip {Id} is locked", 7]));
                Assert.Equal("E303: <b>Stunden</b> muss zwischen 1 und 100 liegen", Html(localizer["E303: {0} must be between {1} and {2}", new HtmlString("<b>Stunden</b>"), 1, 100]));
                // Plain names are MVC's: a composite format, arguments encoded.
                Assert.Equal("Welcome, &lt;Ada&gt;", Html(localizer["Welcome, {0}", "<Ada>"]));
                Assert.Equal("E301: Keine Dateien in {Directory} gefunden", localizer.GetString("E301: Could not find files in {Directory}").Value);
            }
        }

        private static string Html(LocalizedHtmlString html)
        {
            using var writer = new System.IO.StringWriter();
            html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
            return writer.ToString();
        }

        [Fact]
        public void An_apps_own_localizer_factory_keeps_its_plain_names()
        {
            var services = new ServiceCollection().AddLogging();
            services.AddSingleton<IStringLocalizerFactory, UpperCaseFactory>(); // say, the app's database localizer
            services.AddI18nToolkit();

            using ServiceProvider provider = services.BuildServiceProvider();
            IStringLocalizer localizer = provider.GetRequiredService<IStringLocalizer<AspNetCoreLocalizationTests>>();
            Assert.Equal("ABOUT TITLE", localizer["About title"].Value);
            Assert.Equal("E301: Could not find files in inbox", localizer["E301: Could not find files in {Directory}", "inbox"].Value);
        }

        [Fact]
        public void A_configured_culture_that_does_not_exist_fails_start_up_naming_the_key()
        {
            WebApplicationBuilder builder = WebApplication.CreateBuilder(new[] { "--I18nToolkit:LogCulture=xx-nowhere" });
            var error = Assert.Throws<InvalidOperationException>(() => builder.AddI18nToolkit());
            Assert.Contains("I18nToolkit:LogCulture", error.Message);
            Assert.Contains("xx-nowhere", error.Message);
        }

        private sealed class UpperCaseFactory : IStringLocalizerFactory
        {
            public IStringLocalizer Create(Type resourceSource) => new UpperCase();

            public IStringLocalizer Create(string baseName, string location) => new UpperCase();

            private sealed class UpperCase : IStringLocalizer
            {
                public MsLocalizedString this[string name] => new MsLocalizedString(name, name.ToUpperInvariant());

                public MsLocalizedString this[string name, params object[] arguments] => this[string.Format(CultureInfo.InvariantCulture, name, arguments)];

                public IEnumerable<MsLocalizedString> GetAllStrings(bool includeParentCultures) => Array.Empty<MsLocalizedString>();
            }
        }

        private sealed class LockedException : LocalizedException
        {
            public LockedException(ILocalizedMessage message)
                : base(message)
            {
            }
        }

        private IEnumerable<CapturedRecord> Records(string id) =>
            _records.Records.Where(r => r.Properties.Any(p => p.Key == "MessageId" && (string?)p.Value == id));
    }
}
