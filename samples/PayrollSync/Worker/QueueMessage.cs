using System.Collections.Generic;

namespace PayrollSync.Worker
{
    /// <summary>
    /// A message on the payroll queue: an inline payload to import, or a directory and file pattern to import from, and
    /// the broker headers it travels with (the producer's diagnostic context rides there as W3C baggage).
    /// </summary>
    internal sealed record QueueMessage(string Msgid, string Batch, string? Payload = null, string? Directory = null, string? Pattern = null)
    {
        public Dictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
    }
}
