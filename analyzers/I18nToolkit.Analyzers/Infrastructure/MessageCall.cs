using System.Collections.Immutable;
using I18nToolkit.Grammar;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace I18nToolkit.Analyzers.Infrastructure
{
    /// <summary>
    /// A place that hands a message to the toolkit: a call of a Localizer's <c>X</c> or <c>T</c>; an
    /// <c>IStringLocalizer</c> or <c>IHtmlLocalizer</c> (<c>IViewLocalizer</c>) indexer (<c>localizer["E131: …", args]</c>); or a data-annotation text
    /// (<c>[Required(ErrorMessage = "E302: …")]</c>, <c>[Display(Name = "L306: …")]</c>). The message's operation and
    /// syntax, its constant text (if it is one) and how many arguments fill the holes (null when a ready-made array is
    /// passed or the framework supplies them). An indexer or attribute text is a message only when it starts with a valid
    /// ID: other names are Microsoft.Extensions.Localization's plain keys.
    /// </summary>
    internal readonly struct MessageCall
    {
        private MessageCall(IOperation operation, IOperation messageValue, SyntaxNode messageSyntax, string? text, int? argumentCount, string site)
        {
            Operation = operation;
            MessageValue = messageValue;
            MessageSyntax = messageSyntax;
            Text = text;
            ArgumentCount = argumentCount;
            Site = site;
        }

        /// <summary>The call, indexer access or attribute.</summary>
        public IOperation Operation { get; }

        /// <summary>The message's value (the literal or constant expression).</summary>
        public IOperation MessageValue { get; }

        /// <summary>Where a diagnostic about the message as a whole goes: the argument.</summary>
        public SyntaxNode MessageSyntax { get; }

        /// <summary>The message text when it is a compile-time constant; otherwise null.</summary>
        public string? Text { get; }

        public int? ArgumentCount { get; }

        /// <summary>What receives the message, for diagnostics: <c>X</c>, <c>T</c>, <c>an IStringLocalizer indexer</c>, <c>ErrorMessage</c>.</summary>
        public string Site { get; }

        /// <summary>Whether the message must be a literal: only X/T messages may be constants the build folds.</summary>
        public bool LiteralOnly => Operation is not IInvocationOperation;

        public static bool TryGet(IOperation operation, MessageRuleContext rule, out MessageCall call) => operation switch
        {
            IInvocationOperation invocation => TryGetInvocation(invocation, rule.Symbols, out call),
            IPropertyReferenceOperation property => TryGetIndexer(property, rule, out call),
            _ => Fail(out call),
        };

        /// <summary>The data-annotation texts of an attribute: its <c>ErrorMessage</c> (validation attributes) or Display's <c>Name</c>.</summary>
        public static ImmutableArray<MessageCall> InAttribute(IAttributeOperation attribute, MessageRuleContext rule)
        {
            if (attribute.Operation is not IObjectCreationOperation { Initializer: { } initializer, Type: { } type })
                return ImmutableArray<MessageCall>.Empty;
            bool validation = rule.Symbols.ValidationAttribute is { } v && KnownSymbols.DerivesFrom(type, v);
            bool display = rule.Symbols.DisplayAttribute is { } d && KnownSymbols.DerivesFrom(type, d);
            if (!validation && !display)
                return ImmutableArray<MessageCall>.Empty;
            ImmutableArray<MessageCall>.Builder? found = null;
            foreach (IOperation member in initializer.Initializers)
            {
                if (member is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment)
                    continue;
                string name = target.Property.Name;
                if (!(validation && name == "ErrorMessage") && !(display && name == "Name"))
                    continue;
                if (!TryNamed(assignment.Value, rule, out string? text))
                    continue;
                (found ??= ImmutableArray.CreateBuilder<MessageCall>()).Add(
                    new MessageCall(attribute, assignment.Value, assignment.Value.Syntax, text, null, name));
            }

            return found?.ToImmutable() ?? ImmutableArray<MessageCall>.Empty;
        }

        private static bool TryGetInvocation(IInvocationOperation invocation, KnownSymbols symbols, out MessageCall call)
        {
            call = default;
            IMethodSymbol method = invocation.TargetMethod;
            if ((method.Name != "X" && method.Name != "T") || method.IsStatic || !symbols.IsLocalizer(method.ContainingType))
                return false;
            if (!TryCount(invocation.Arguments, out IArgumentOperation? message, out int? count))
                return false;
            Optional<object?> constant = message!.Value.ConstantValue;
            // A null constant is a message without an ID (I18N0002), not a non-constant one.
            call = new MessageCall(invocation, message.Value, message.Syntax, constant.HasValue ? constant.Value as string ?? string.Empty : null, count, method.Name);
            return true;
        }

        private static bool TryGetIndexer(IPropertyReferenceOperation access, MessageRuleContext rule, out MessageCall call)
        {
            call = default;
            if (!access.Property.IsIndexer
                || !rule.Symbols.IsStringOrHtmlLocalizer(access.Property.ContainingType) && !rule.Symbols.IsStringOrHtmlLocalizer(access.Instance?.Type))
                return false;
            if (!TryCount(access.Arguments, out IArgumentOperation? message, out int? count) || !TryNamed(message!.Value, rule, out string? text))
                return false;
            call = new MessageCall(access, message.Value, message.Syntax, text, count, access.Property.ContainingType.Name == "IStringLocalizer" ? "an IStringLocalizer indexer" : "a localizer's indexer");
            return true;
        }

        /// <summary>A name that is a message: a constant string starting with a valid ID.</summary>
        private static bool TryNamed(IOperation value, MessageRuleContext rule, out string? text)
        {
            text = value.ConstantValue is { HasValue: true, Value: string s } ? s : null;
            return text is not null && MessageDefinition.TryReadId(text, rule.Settings.IdPattern, out _, out _);
        }

        private static bool TryCount(ImmutableArray<IArgumentOperation> arguments, out IArgumentOperation? message, out int? count)
        {
            message = null;
            count = 0;
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

            return message is not null && message.Parameter?.Type.SpecialType == SpecialType.System_String;
        }

        private static bool Fail(out MessageCall call)
        {
            call = default;
            return false;
        }
    }
}
