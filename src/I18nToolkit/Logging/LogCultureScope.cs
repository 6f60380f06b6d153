using System;
using System.Globalization;

namespace I18nToolkit.Logging
{
    /// <summary>
    /// Sets the thread's cultures to the log culture while a record with an exception is written, and restores them.
    /// Only for such records: setting a culture costs an execution-context change, and without an exception the record's
    /// text is rendered in the log culture anyway.
    /// </summary>
    internal readonly struct LogCultureScope : IDisposable
    {
        private readonly CultureInfo _culture;
        private readonly CultureInfo _formatCulture;

        public LogCultureScope(CultureInfo culture, CultureInfo formatCulture)
        {
            _culture = CultureInfo.CurrentUICulture;
            _formatCulture = CultureInfo.CurrentCulture;
            CultureInfo.CurrentUICulture = culture;
            CultureInfo.CurrentCulture = formatCulture;
        }

        public static bool IsCurrent(CultureInfo culture, CultureInfo formatCulture) =>
            ReferenceEquals(CultureInfo.CurrentUICulture, culture) && ReferenceEquals(CultureInfo.CurrentCulture, formatCulture);

        public void Dispose()
        {
            CultureInfo.CurrentUICulture = _culture;
            CultureInfo.CurrentCulture = _formatCulture;
        }
    }
}
