using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace I18nToolkit.Logging.Clef
{
    /// <summary>
    /// The names of a rolled log's files, as Serilog.Sinks.File gives them: the period (if any) before the extension,
    /// then <c>_001</c>, <c>_002</c>… for files started because the previous one reached its size limit
    /// (<c>app-20261202.clef</c>, <c>app-20261202_001.clef</c>).
    /// </summary>
    internal sealed class ClefFileNames
    {
        private readonly string _folder;
        private readonly string _stem;
        private readonly string _extension;
        private readonly string _periodFormat;
        private readonly ClefRollingInterval _interval;

        public ClefFileNames(string path, ClefRollingInterval interval)
        {
            string full = Path.GetFullPath(path);
            _folder = Path.GetDirectoryName(full) ?? ".";
            _stem = Path.GetFileNameWithoutExtension(full);
            _extension = Path.GetExtension(full);
            _interval = interval;
            _periodFormat = interval switch
            {
                ClefRollingInterval.Year => "yyyy",
                ClefRollingInterval.Month => "yyyyMM",
                ClefRollingInterval.Day => "yyyyMMdd",
                ClefRollingInterval.Hour => "yyyyMMddHH",
                ClefRollingInterval.Minute => "yyyyMMddHHmm",
                _ => string.Empty,
            };
        }

        public string Folder => _folder;

        /// <summary>The start of the period holding <paramref name="now"/> (<see cref="DateTime.MinValue"/> for one file for ever).</summary>
        public DateTime PeriodStart(DateTime now) => _interval switch
        {
            ClefRollingInterval.Year => new DateTime(now.Year, 1, 1, 0, 0, 0, now.Kind),
            ClefRollingInterval.Month => new DateTime(now.Year, now.Month, 1, 0, 0, 0, now.Kind),
            ClefRollingInterval.Day => now.Date,
            ClefRollingInterval.Hour => new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, now.Kind),
            ClefRollingInterval.Minute => new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, now.Kind),
            _ => DateTime.MinValue,
        };

        /// <summary>The start of the next period (<see cref="DateTime.MaxValue"/> for one file for ever).</summary>
        public DateTime NextPeriod(DateTime start) => _interval switch
        {
            ClefRollingInterval.Year => start.AddYears(1),
            ClefRollingInterval.Month => start.AddMonths(1),
            ClefRollingInterval.Day => start.AddDays(1),
            ClefRollingInterval.Hour => start.AddHours(1),
            ClefRollingInterval.Minute => start.AddMinutes(1),
            _ => DateTime.MaxValue,
        };

        public string PathOf(DateTime periodStart, int sequence)
        {
            string period = _periodFormat.Length == 0 ? string.Empty : periodStart.ToString(_periodFormat, CultureInfo.InvariantCulture);
            string suffix = sequence == 0 ? string.Empty : "_" + sequence.ToString("000", CultureInfo.InvariantCulture);
            return Path.Combine(_folder, _stem + period + suffix + _extension);
        }

        /// <summary>The files of this log in its folder, newest first (by period, then sequence).</summary>
        public List<(string Path, string Period, int Sequence)> Existing()
        {
            var files = new List<(string, string, int)>();
            if (!Directory.Exists(_folder))
                return files;
            foreach (string file in Directory.EnumerateFiles(_folder, _stem + "*" + _extension))
            {
                if (TryParse(Path.GetFileName(file), out string period, out int sequence))
                    files.Add((file, period, sequence));
            }

            files.Sort((a, b) =>
            {
                int byPeriod = string.CompareOrdinal(b.Item2, a.Item2);
                return byPeriod != 0 ? byPeriod : b.Item3.CompareTo(a.Item3);
            });
            return files;
        }

        /// <summary>The highest sequence of the period's existing files, or -1 when it has none.</summary>
        public int LastSequence(DateTime periodStart)
        {
            string period = _periodFormat.Length == 0 ? string.Empty : periodStart.ToString(_periodFormat, CultureInfo.InvariantCulture);
            int last = -1;
            foreach (var file in Existing())
            {
                if (file.Period == period)
                    last = Math.Max(last, file.Sequence);
            }

            return last;
        }

        private bool TryParse(string name, out string period, out int sequence)
        {
            period = string.Empty;
            sequence = 0;
            if (name.Length < _stem.Length + _extension.Length
                || !name.StartsWith(_stem, StringComparison.Ordinal)
                || !name.EndsWith(_extension, StringComparison.Ordinal))
                return false;
            string middle = name.Substring(_stem.Length, name.Length - _stem.Length - _extension.Length);
            if (middle.Length < _periodFormat.Length)
                return false;
            period = middle.Substring(0, _periodFormat.Length);
            foreach (char c in period)
            {
                if (c < '0' || c > '9')
                    return false;
            }

            // Only a name this log could have written (a real date), never another file that merely looks alike.
            if (_periodFormat.Length > 0 && !DateTime.TryParseExact(period, _periodFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                return false;

            string rest = middle.Substring(_periodFormat.Length);
            if (rest.Length == 0)
                return true;
            return rest.Length >= 4 && rest[0] == '_'
                && int.TryParse(rest.Substring(1), NumberStyles.None, CultureInfo.InvariantCulture, out sequence)
                && sequence > 0 && rest.Length == 1 + Math.Max(3, sequence.ToString(CultureInfo.InvariantCulture).Length); // _001, not _01 or _0001
        }
    }
}
