using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace I18nToolkit.Analyzers.Infrastructure
{
    /// <summary>
    /// A call of a Localizer's <c>X</c> or <c>T</c>: the message argument, its constant text (if it is one) and how
    /// many arguments fill the holes (null when a ready-made array is passed and the count is not known).
    /// </summary>
    internal readonly struct MessageCall
    {
        private MessageCall(IInvocationOperation invocation, IArgumentOperation message, string? text, int? argumentCount)
        {
            Invocation = invocation;
            Message = message;
            Text = text;
            ArgumentCount = argumentCount;
        }

        public IInvocationOperation Invocation { get; }

        public IArgumentOperation Message { get; }

        /// <summary>The message text when it is a compile-time constant; otherwise null.</summary>
        public string? Text { get; }

        public int? ArgumentCount { get; }

        public static bool TryGet(IInvocationOperation invocation, KnownSymbols symbols, out MessageCall call)
        {
            call = default;
            IMethodSymbol method = invocation.TargetMethod;
            if ((method.Name != "X" && method.Name != "T") || method.IsStatic || !symbols.IsLocalizer(method.ContainingType))
                return false;

            ImmutableArray<IArgumentOperation> arguments = invocation.Arguments;
            IArgumentOperation? message = null;
            int? count = 0;
            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.Parameter?.Ordinal == 0)
                {
                    message = argument;
                    continue;
                }

                if (argument.ArgumentKind == ArgumentKind.ParamArray)
                {
                    count = argument.Value is IArrayCreationOperation { Initializer: { } init } ? count + init.ElementValues.Length : null;
                }
                else if (argument.Parameter?.IsParams == true)
                {
                    count = argument.Value.ConstantValue is { HasValue: true, Value: null } ? count : null; // X(msg, null) vs X(msg, array)
                }
                else
                {
                    count++;
                }
            }

            if (message is null || message.Parameter?.Type.SpecialType != SpecialType.System_String)
                return false;
            Optional<object?> constant = message.Value.ConstantValue;
            // A null constant is a message without an ID (I18N0002), not a non-constant one.
            call = new MessageCall(invocation, message, constant.HasValue ? constant.Value as string ?? string.Empty : null, count);
            return true;
        }
    }
}
