namespace Intel.PartnerGateway.Deliveries;

public sealed record AlertDeliveryQueued(Guid AlertId, string Agency, string ClientId, string Rule, string WebhookUrl, DateTimeOffset At)
{
    public Guid SubscriptionId { get; init; }
    public DateTimeOffset RaisedAt { get; init; }

    /// <summary>Null when the subscriber may not learn the report's id (a hit/no-hit alert).</summary>
    public Guid? ReportId { get; init; }

    public Guid EntityId { get; init; }
    public string Summary { get; init; } = "";
}

/// <summary>One HTTP attempt: the status code the partner answered, or why there was no answer.</summary>
public sealed record AlertDeliveryAttempted(Guid AlertId, int Attempt, int? StatusCode, string? Error, DateTimeOffset At);

public sealed record AlertDelivered(Guid AlertId, int Attempt, DateTimeOffset At);

public sealed record AlertDeliveryDeadLettered(Guid AlertId, int Attempts, DateTimeOffset At);

public sealed record AlertRedeliveryRequested(Guid AlertId, string By, DateTimeOffset At);

/// <summary>
/// The delivery of one alert to its partner; a stream per alert, keyed by the alert id.
/// <see cref="Pending"/> is what the worker looks for, so a restart resumes where it stopped.
/// </summary>
public sealed record AlertDelivery(
    Guid Id, string Agency, string ClientId, string WebhookUrl, Guid SubscriptionId, string Rule, DateTimeOffset RaisedAt,
    Guid? ReportId, Guid EntityId, string Summary, bool Pending, string Outcome, int Attempts, int AttemptsThisRound)
{
    public static AlertDelivery Create(AlertDeliveryQueued e) => new(
        e.AlertId, e.Agency, e.ClientId, e.WebhookUrl, e.SubscriptionId, e.Rule, e.RaisedAt, e.ReportId, e.EntityId, e.Summary,
        true, "pending", 0, 0);

    public AlertDelivery Apply(AlertDeliveryAttempted _) => this with { Attempts = Attempts + 1, AttemptsThisRound = AttemptsThisRound + 1 };

    public AlertDelivery Apply(AlertDelivered _) => this with { Pending = false, Outcome = "delivered" };

    public AlertDelivery Apply(AlertDeliveryDeadLettered _) => this with { Pending = false, Outcome = "dead-lettered" };

    public AlertDelivery Apply(AlertRedeliveryRequested _) => this with { Pending = true, Outcome = "pending", AttemptsThisRound = 0 };
}
