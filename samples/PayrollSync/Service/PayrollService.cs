using System.IO;
using System.Linq;
using I18nToolkit.Logging;
using LegacyParsing;
using PayrollSync.Worker;
using static PayrollSync.Messages;

namespace PayrollSync.Service
{
    /// <summary>The payroll service (a stateless session bean in the seed's terms): imports one batch.</summary>
    internal sealed class PayrollService
    {
        private readonly LocalizedLogger _log;
        private readonly LegacyRecordParser _parser;

        public PayrollService(LocalizedLogger log, LegacyRecordParser parser)
        {
            _log = log;
            _parser = parser;
        }

        public void Import(QueueMessage message)
        {
            string payload = message.Payload ?? ReadFromDirectory(message.Directory!, message.Pattern!);
            var records = _parser.Parse(payload);
            _log.Info(Loc.X("I102: Payroll batch {Batch} imported: {Records} records, total {Total:N2}",
                message.Batch, records.Count, records.Sum(r => r.Amount)));
        }

        private string ReadFromDirectory(string directory, string pattern)
        {
            try
            {
                return string.Join('\n', Directory.GetFiles(directory, pattern).Select(File.ReadAllText));
            }
            catch (DirectoryNotFoundException ex)
            {
                _log.Warn(Loc.X("E131: Could not find files with pattern {Pattern} in directory {Directory}", pattern, directory), ex);
                throw;
            }
        }
    }
}
