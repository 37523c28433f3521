using MassTransit;

namespace Intel.Contracts.Alerts.V1;

/// <summary>A subscription with a webhook was deleted: its secret is to be forgotten and nothing more delivered to it.</summary>
[MessageUrn("intel:alerts:v1:webhook-removed")]
[EntityName("intel.alerts.v1.webhook-removed")]
public sealed record WebhookRemoved
{
    public required Guid SubscriptionId { get; init; }
    public required string Agency { get; init; }
    public required DateTimeOffset At { get; init; }
}
