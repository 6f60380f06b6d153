using System.Linq;
using System.Collections.Immutable;
using I18nToolkit.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace I18nToolkit.Analyzers.Rules
{
    /// <summary>
    /// I18N0006 (strict projects, <c>&lt;I18nStrictLogging&gt;true&lt;/I18nStrictLogging&gt;</c>): a log call through
    /// Microsoft.Extensions.Logging (<c>LogInformation</c>…, <c>Log</c>, <c>ILogger.Log</c> with a string state) or Serilog
    /// (<c>Information</c>…, <c>Write</c>) with a plain string message. The code fix rewrites it to the localized logger.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PlainStringLogCallAnalyzer : DiagnosticAnalyzer
    {
        private static readonly ImmutableHashSet<string> SerilogMethods =
            ImmutableHashSet.Create("Verbose", "Debug", "Information", "Warning", "Error", "Fatal", "Write");

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.PlainStringLogCall);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            // Generated code is left alone, but for Razor's output: that is code a person wrote in a Razor file.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                AnalyzerSettings settings = AnalyzerSettings.Read(start.Options, start.Compilation);
                if (!settings.StrictLogging)
                    return;
                int minLevel = settings.StrictLoggingMinLevel;
                var symbols = KnownSymbols.For(start.Compilation);
                if (symbols.MelILogger is null && symbols.SerilogILogger is null)
                    return;
                start.RegisterOperationAction(c =>
                {
                    if (RazorCode.IsUsersCode(c.IsGeneratedCode, c.Operation.Syntax.SyntaxTree))
                        Analyze(c, symbols, minLevel);
                }, OperationKind.Invocation);
            });
        }

        /// <summary>The localized level method a plain call maps to, or null when the call is not a plain-string log call.</summary>
        internal static string? LocalizedLevel(IInvocationOperation invocation, KnownSymbols symbols)
        {
            IMethodSymbol method = invocation.TargetMethod;
            if (symbols.MelLoggerExtensions is not null && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.MelLoggerExtensions))
            {
                if (!HasStringParameter(method, "message"))
                    return null;
                return method.Name switch
                {
                    "LogTrace" => "Trace",
                    "LogDebug" => "Debug",
                    "LogInformation" => "Info",
                    "LogWarning" => "Warn",
                    "LogError" => "Error",
                    "LogCritical" => "Critical",
                    "Log" => "Log",
                    _ => null,
                };
            }

            if (symbols.MelILogger is not null && method.Name == "Log" && method.IsGenericMethod
                && KnownSymbols.Implements(method.ContainingType, symbols.MelILogger)
                && method.TypeArguments.Length == 1 && method.TypeArguments[0].SpecialType == SpecialType.System_String)
            {
                return "Log";
            }

            bool serilog = (symbols.SerilogILogger is not null && KnownSymbols.Implements(method.ContainingType, symbols.SerilogILogger))
                || (symbols.SerilogLog is not null && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.SerilogLog));
            if (serilog && SerilogMethods.Contains(method.Name) && HasStringParameter(method, "messageTemplate"))
            {
                return method.Name switch
                {
                    "Verbose" => "Trace",
                    "Information" => "Info",
                    "Warning" => "Warn",
                    "Fatal" => "Critical",
                    _ => method.Name,
                };
            }

            return null;
        }

        /// <summary>
        /// The call's level as a rank (0 Trace … 5 Critical, as MEL's LogLevel and Serilog's LogEventLevel number them),
        /// or null when a <c>Log(level, …)</c> call's level is not a constant.
        /// </summary>
        internal static int? LevelRank(IInvocationOperation invocation, string level)
        {
            if (level != "Log")
                return AnalyzerSettings.LevelRank(level);
            IArgumentOperation? argument = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name is "logLevel" or "level");
            return argument?.Value.ConstantValue is { HasValue: true, Value: int rank } && rank is >= 0 and <= 5 ? rank : null;
        }

        /// <summary>The ID letter a message of this level takes: E for errors and critical ones, W for warnings, I otherwise.</summary>
        internal static char IdLetter(int? rank) => rank switch
        {
            >= 4 => 'E',
            3 => 'W',
            _ => 'I',
        };

        private static void Analyze(OperationAnalysisContext context, KnownSymbols symbols, int minLevel)
        {
            var invocation = (IInvocationOperation)context.Operation;
            string? level = LocalizedLevel(invocation, symbols);
            if (level is null)
                return;
            int? rank = LevelRank(invocation, level);
            if (rank < minLevel)
                return; // below I18nStrictLoggingMinLevel; a level only known at run time is reported
            Location location = invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
                ? access.Name.GetLocation()
                : invocation.Syntax.GetLocation();
            string receiver = invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax a } ? a.Expression.ToString() : "logger";
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.PlainStringLogCall, location,
                invocation.TargetMethod.Name, receiver + ".Localized()", level, IdLetter(rank)));
        }

        private static bool HasStringParameter(IMethodSymbol method, string name)
        {
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                if (parameter.Name == name && parameter.Type.SpecialType == SpecialType.System_String)
                    return true;
            }

            return false;
        }
    }
}
