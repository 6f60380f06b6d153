using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Xunit;

namespace I18nToolkit.Serilog.Tests.Packaging
{
    /// <summary>
    /// Packages versioned apart must not reach into each other's internals: a user who updates one and not the
    /// other would meet MissingMethodException. Only test assemblies may see a package's internals.
    /// </summary>
    public class PackageBoundaryTests
    {
        private static readonly Assembly[] Shipped =
        {
            typeof(I18nToolkit.Localization.Localizer).Assembly,
            typeof(I18nToolkit.Logging.SerilogLocalizedLogger).Assembly,
        };

        [Fact]
        public void No_shipped_package_opens_its_internals_to_another()
        {
            string[] shippedNames = Shipped.Select(a => a.GetName().Name!).Concat(new[] { "I18nToolkit.AspNetCore", "i18n" }).ToArray();
            foreach (Assembly assembly in Shipped)
            {
                string[] friends = assembly.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName.Split(',')[0].Trim()).ToArray();
                Assert.All(friends, friend => Assert.True(friend.EndsWith(".Tests", StringComparison.Ordinal) && !shippedNames.Contains(friend),
                    $"{assembly.GetName().Name} opens its internals to {friend}"));
            }
        }
    }
}
