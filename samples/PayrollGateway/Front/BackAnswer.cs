namespace PayrollGateway.Front
{
    /// <summary>What the back service answered: its status code and body, relayed to the front's caller.</summary>
    internal sealed record BackAnswer(int Status, string Body, string ContentType);
}
