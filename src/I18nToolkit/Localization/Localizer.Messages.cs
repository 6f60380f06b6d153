namespace I18nToolkit.Localization
{
    /// <content>The message factories: <c>X</c> returns a lazily rendered <see cref="LocalizedString"/>, <c>T</c> a string now.</content>
    public partial class Localizer
    {
        /// <summary>Creates a message that is looked up and rendered only when it is used (logged, or turned into a string).</summary>
        /// <param name="message">The English message with its ID, a compile-time constant: <c>"E131: Could not find {Pattern}"</c>.</param>
        public LocalizedString X(string message) => new LocalizedString(this, message, null);

        /// <summary>Looks <paramref name="message"/> up in the current UI culture and renders it now.</summary>
        /// <param name="message">The English message with its ID, a compile-time constant: <c>"E131: Could not find {Pattern}"</c>.</param>
        public string T(string message) => X(message).ToString();

        /// <summary>Creates a message that is looked up and rendered only when it is used (logged, or turned into a string).</summary>
        /// <param name="message">The English message with its ID, a compile-time constant: <c>"E131: Could not find {Pattern}"</c>.</param>
        /// <param name="arg0">Argument 0: fills the template's hole 0 (its 1. distinct name, or <c>{0}</c>).</param>
        /// <typeparam name="T0">The type of argument 0.</typeparam>
        public LocalizedString<T0> X<T0>(string message, T0 arg0) => new LocalizedString<T0>(this, message, arg0);

        /// <summary>Looks <paramref name="message"/> up in the current UI culture and renders it now.</summary>
        /// <param name="message">The English message with its ID, a compile-time constant: <c>"E131: Could not find {Pattern}"</c>.</param>
        /// <param name="arg0">Argument 0: fills the template's hole 0 (its 1. distinct name, or <c>{0}</c>).</param>
        /// <typeparam name="T0">The type of argument 0.</typeparam>
        public string T<T0>(string message, T0 arg0) => X(message, arg0).ToString();

        /// <summary>Creates a message that is looked up and rendered only when it is used (logged, or turned into a string).</summary>
        /// <param name="message">The English message with its ID, a compile-time constant: <c>"E131: Could not find {Pattern}"</c>.</param>
        /// <param name="arg0">Argument 0: fills the template's hole 0 (its 1. distinct name, or <c>{0}</c>).</param>
        /// <param name="arg1">Argument 1: fills the template's hole 1 (its 2. distinct name, or <c>{1}</c>).</param>
        /// <typeparam name="T0">The type of argument 0.</typeparam>
        /// <typeparam name="T1">The type of argument 1.</typeparam>
        public LocalizedString<T0, T1> X<T0, T1>(string message, T0 arg0, T1 arg1) => new LocalizedString<T0, T1>(this, message, arg0, arg1);

        /// <summary>Looks <paramref name="message"/> up in the current UI culture and renders it now.</summary>
        /// <param name="message">The English message with its ID, a compile-time constant: <c>"E131: Could not find {Pattern}"</c>.</param>
        /// <param name="arg0">Argument 0: fills the template's hole 0 (its 1. distinct name, or <c>{0}</c>).</param>
        /// <param name="arg1">Argument 1: fills the template's hole 1 (its 2. distinct name, or <c>{1}</c>).</param>
        /// <typeparam name="T0">The type of argument 0.</typeparam>
        /// <typeparam name="T1">The type of argument 1.</typeparam>
        public string T<T0, T1>(string message, T0 arg0, T1 arg1) => X(message, arg0, arg1).ToString();

        /// <summary>Creates a message that is looked up and rendered only when it is used (logged, or turned into a string).</summary>
        /// <param name="message">The English message with its ID, a compile-time constant: <c>"E131: Could not find {Pattern}"</c>.</param>
        /// <param name="arg0">Argument 0: fills the template's hole 0 (its 1. distinct name, or <c>{0}</c>).</param>
        /// <param name="arg1">Argument 1: fills the template's hole 1 (its 2. distinct name, or <c>{1}</c>).</param>
        /// <param name="arg2">Argument 2: fills the template's hole 2 (its 3. distinct name, or <c>{2}</c>).</param>
        /// <typeparam name="T0">The type of argument 0.</typeparam>
        /// <typeparam name="T1">The type of argument 1.</typeparam>
        /// <typeparam name="T2">The type of argument 2.</typeparam>
        public LocalizedString<T0, T1, T2> X<T0, T1, T2>(string message, T0 arg0, T1 arg1, T2 arg2) => new LocalizedString<T0, T1, T2>(this, message, arg0, arg1, arg2);

        /// <summary>Looks <paramref name="message"/> up in the current UI culture and renders it now.</summary>
        /// <param name="message">The English message with its ID, a compile-time constant: <c>"E131: Could not find {Pattern}"</c>.</param>
        /// <param name="arg0">Argument 0: fills the template's hole 0 (its 1. distinct name, or <c>{0}</c>).</param>
        /// <param name="arg1">Argument 1: fills the template's hole 1 (its 2. distinct name, or <c>{1}</c>).</param>
        /// <param name="arg2">Argument 2: fills the template's hole 2 (its 3. distinct name, or <c>{2}</c>).</param>
        /// <typeparam name="T0">The type of argument 0.</typeparam>
        /// <typeparam name="T1">The type of argument 1.</typeparam>
        /// <typeparam name="T2">The type of argument 2.</typeparam>
        public string T<T0, T1, T2>(string message, T0 arg0, T1 arg1, T2 arg2) => X(message, arg0, arg1, arg2).ToString();

        /// <summary>Creates a message with any number of arguments (boxed); prefer the generic overloads for up to three.</summary>
        /// <param name="message">The English message with its ID, a compile-time constant.</param>
        /// <param name="args">The arguments, in hole order.</param>
        public LocalizedString X(string message, params object?[]? args) => new LocalizedString(this, message, args);

        /// <summary>Looks <paramref name="message"/> up in the current UI culture and renders it now with any number of arguments.</summary>
        /// <param name="message">The English message with its ID, a compile-time constant.</param>
        /// <param name="args">The arguments, in hole order.</param>
        public string T(string message, params object?[]? args) => X(message, args).ToString();
    }
}
