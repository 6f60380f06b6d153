using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace LegacyParsing
{
    /// <summary>Parses "employee;amount" lines. A third-party library: plain ILogger, English text, no message IDs.</summary>
    public sealed class LegacyRecordParser
    {
        private readonly ILogger<LegacyRecordParser> _logger;

        public LegacyRecordParser(ILogger<LegacyRecordParser> logger)
        {
            _logger = logger;
        }

        public IReadOnlyList<(string Employee, decimal Amount)> Parse(string payload)
        {
            string[] lines = payload.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            int first = 0;
            if (lines.Length > 0 && lines[0].StartsWith("encoding=", StringComparison.Ordinal))
                first = 1;
            else
                _logger.LogWarning("Encoding missing, assuming UTF-8");

            var records = new List<(string, decimal)>();
            for (int i = first; i < lines.Length; i++)
            {
                string[] fields = lines[i].Split(';');
                if (fields.Length != 2 || !decimal.TryParse(fields[1], NumberStyles.Number, CultureInfo.InvariantCulture, out decimal amount))
                    throw new FormatException($"Line {i + 1}: expected 'employee;amount', found '{lines[i]}'.");
                records.Add((fields[0], amount));
            }

            return records;
        }
    }
}
