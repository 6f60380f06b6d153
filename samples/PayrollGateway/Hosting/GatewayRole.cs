namespace PayrollGateway.Hosting
{
    /// <summary>Which of the two services this process is.</summary>
    internal enum GatewayRole
    {
        /// <summary>Takes batches from clients, pushes their context and forwards them to the back service.</summary>
        Front,

        /// <summary>Imports batches; its records carry the context the front sent.</summary>
        Back,
    }
}
