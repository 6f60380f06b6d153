using Microsoft.CodeAnalysis;

namespace I18nToolkit.Analyzers.Infrastructure
{
    /// <summary>The types the rules look for, resolved once per compilation. A null member means the compilation does not reference that library.</summary>
    internal sealed class KnownSymbols
    {
        private KnownSymbols(Compilation compilation)
        {
            Localizer = compilation.GetTypeByMetadataName("I18nToolkit.Localization.Localizer");
            LocalizedException = compilation.GetTypeByMetadataName("I18nToolkit.Exceptions.LocalizedException");
            Exception = compilation.GetTypeByMetadataName("System.Exception");
            MelILogger = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.ILogger");
            MelLoggerExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerExtensions");
            SerilogILogger = compilation.GetTypeByMetadataName("Serilog.ILogger");
            SerilogLog = compilation.GetTypeByMetadataName("Serilog.Log");
            StringLocalizer = compilation.GetTypeByMetadataName("Microsoft.Extensions.Localization.IStringLocalizer");
            HtmlLocalizer = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.Localization.IHtmlLocalizer");
            ValidationAttribute = compilation.GetTypeByMetadataName("System.ComponentModel.DataAnnotations.ValidationAttribute");
            DisplayAttribute = compilation.GetTypeByMetadataName("System.ComponentModel.DataAnnotations.DisplayAttribute");
        }

        public INamedTypeSymbol? Localizer { get; }

        public INamedTypeSymbol? LocalizedException { get; }

        public INamedTypeSymbol? Exception { get; }

        public INamedTypeSymbol? MelILogger { get; }

        public INamedTypeSymbol? MelLoggerExtensions { get; }

        public INamedTypeSymbol? SerilogILogger { get; }

        public INamedTypeSymbol? SerilogLog { get; }

        /// <summary>Microsoft.Extensions.Localization's IStringLocalizer, whose indexer takes toolkit messages too.</summary>
        public INamedTypeSymbol? StringLocalizer { get; }

        /// <summary>MVC's IHtmlLocalizer (views' IViewLocalizer derives from it), whose indexer takes toolkit messages too.</summary>
        public INamedTypeSymbol? HtmlLocalizer { get; }

        /// <summary>Whether <paramref name="type"/> is an IStringLocalizer or an IHtmlLocalizer.</summary>
        public bool IsStringOrHtmlLocalizer(ITypeSymbol? type) =>
            (StringLocalizer is not null && Implements(type, StringLocalizer)) || (HtmlLocalizer is not null && Implements(type, HtmlLocalizer));

        public INamedTypeSymbol? ValidationAttribute { get; }

        public INamedTypeSymbol? DisplayAttribute { get; }

        public static KnownSymbols For(Compilation compilation) => new KnownSymbols(compilation);

        /// <summary>Whether <paramref name="type"/> is the Localizer or derives from it.</summary>
        public bool IsLocalizer(ITypeSymbol? type) => Localizer is not null && DerivesFrom(type, Localizer);

        public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol baseType)
        {
            for (ITypeSymbol? t = type; t is not null; t = t.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(t.OriginalDefinition, baseType))
                    return true;
            }

            return false;
        }

        public static bool Implements(ITypeSymbol? type, INamedTypeSymbol @interface)
        {
            if (type is null)
                return false;
            if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, @interface))
                return true;
            foreach (INamedTypeSymbol i in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, @interface))
                    return true;
            }

            return false;
        }
    }
}
