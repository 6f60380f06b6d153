namespace PayrollGateway.Back
{
    /// <summary>The back service's answer for a batch.</summary>
    internal sealed record ImportReply(string Batch, int Records, decimal Total, string? Error = null);
}
