namespace I18nToolkit.Logging.Clef
{
    /// <summary>
    /// When <see cref="ClefLoggerProvider"/> starts a new file, by the local time, as Serilog.Sinks.File's
    /// <c>RollingInterval</c> does: the period goes into the file name before its extension (<c>app-20261202.clef</c>).
    /// </summary>
    public enum ClefRollingInterval
    {
        /// <summary>One file for ever (the default); with a size limit, rolled by size only.</summary>
        Infinite,

        /// <summary>A file per year (<c>yyyy</c>).</summary>
        Year,

        /// <summary>A file per month (<c>yyyyMM</c>).</summary>
        Month,

        /// <summary>A file per day (<c>yyyyMMdd</c>).</summary>
        Day,

        /// <summary>A file per hour (<c>yyyyMMddHH</c>).</summary>
        Hour,

        /// <summary>A file per minute (<c>yyyyMMddHHmm</c>).</summary>
        Minute,
    }
}
