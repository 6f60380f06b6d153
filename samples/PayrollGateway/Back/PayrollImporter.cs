using System;
using System.Linq;
using I18nToolkit.Logging;
using LegacyParsing;
using static PayrollGateway.Messages;

namespace PayrollGateway.Back
{
    /// <summary>Imports one batch through the third-party parser, whose plain-ILogger records carry the caller's context too.</summary>
    internal sealed class PayrollImporter
    {
        private readonly LegacyRecordParser _parser;
        private readonly LocalizedLogger<PayrollImporter> _log;

        public PayrollImporter(LegacyRecordParser parser, LocalizedLogger<PayrollImporter> log)
        {
            _parser = parser;
            _log = log;
        }

        public ImportReply Import(string batch, string payload)
        {
            try
            {
                var records = _parser.Parse(payload);
                decimal total = records.Sum(r => r.Amount);
                _log.Info(Loc.X("I212: Batch {Batch} imported: {Records} records, total {Total:N2}", batch, records.Count, total));
                return new ImportReply(batch, records.Count, total);
            }
            catch (FormatException ex)
            {
                _log.Error(Loc.X("E213: Batch {Batch} rejected: the payroll lines are malformed", batch), ex);
                return new ImportReply(batch, 0, 0m, ex.Message);
            }
        }
    }
}
