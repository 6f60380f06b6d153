namespace PayrollSync.Worker
{
    /// <summary>A message on the payroll queue: an inline payload to import, or a directory and file pattern to import from.</summary>
    internal sealed record QueueMessage(string Msgid, string Batch, string? Payload = null, string? Directory = null, string? Pattern = null);
}
