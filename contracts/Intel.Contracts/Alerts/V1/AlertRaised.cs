using MassTransit;

namespace Intel.Contracts.Alerts.V1;

/// <summary>
/// An alert was raised for a subscription that names a webhook (alerts without one stay in the
/// agency's feed). Its content is already filtered to what the subscriber's agency may see;
/// <see cref="ReportReceivedAt"/> lets delivery measure latency.
/// </summary>
[MessageUrn("intel:alerts:v1:alert-raised")]
[EntityName("intel.alerts.v1.alert-raised")]
public sealed record AlertRaised
{
    public required Guid AlertId { get; init; }
    public required Guid SubscriptionId { get; init; }
    public required string Agency { get; init; }
    public required string ClientId { get; init; }
    public required string Rule { get; init; }
    public required Guid ReportId { get; init; }
    public required Guid EntityId { get; init; }
    public required string Summary { get; init; }
    public required DateTimeOffset RaisedAt { get; init; }
    public required DateTimeOffset ReportReceivedAt { get; init; }
    public string? WebhookUrl { get; init; }

    /// <summary>False for a hit/no-hit alert about a report the subscriber may not see: its id is not to be shown.</summary>
    public bool ReportDisclosed { get; init; } = true;
}
