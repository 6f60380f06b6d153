namespace I18nToolkit.Grammar
{
    /// <summary>How a structured sink captures a hole's value, following the message-template convention.</summary>
    // Public in the runtime; internal where this source is compiled into the analyzers and the build task.
#if I18N_SHARED_SOURCE
    internal
#else
    public
#endif
    enum HoleCapture
    {
        /// <summary>The default: scalars as they are, other objects by their string form (no prefix).</summary>
        Default = 0,

        /// <summary>Capture the object's structure (<c>{@Order}</c>).</summary>
        Destructure = 1,

        /// <summary>Capture the value's string form (<c>{$Order}</c>).</summary>
        Stringify = 2,
    }
}
