using System;

namespace I18nToolkit.Cli
{
    /// <summary>A problem with the user's input (a path, a project file, an expression): printed as is, exit code 2.</summary>
    internal sealed class CliException : Exception
    {
        public CliException(string message)
            : base(message)
        {
        }
    }
}
