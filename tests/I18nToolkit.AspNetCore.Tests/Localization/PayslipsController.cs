using Microsoft.AspNetCore.Mvc;

namespace I18nToolkit.AspNetCore.Tests.Localization
{
    /// <summary>The same model under MVC, whose AddDataAnnotationsLocalization() goes through the same localizer factory.</summary>
    [ApiController]
    [Route("mvc/payslips")]
    public sealed class PayslipsController : ControllerBase
    {
        [HttpPost]
        public string Post(Payslip payslip) => "accepted " + payslip.Employee;
    }
}
