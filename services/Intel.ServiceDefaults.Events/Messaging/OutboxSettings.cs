namespace Intel.ServiceDefaults.Messaging;

/// <summary>Configuration section "Outbox".</summary>
public sealed class OutboxSettings
{
    public const string Section = "Outbox";

    /// <summary>
    /// How long one publish may wait for the broker's confirm before it is given up and sent again (with the
    /// same message id). A confirm lost with its channel, as when the broker restarts, would otherwise hold
    /// the relay, and every event after it, for good.
    /// </summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
