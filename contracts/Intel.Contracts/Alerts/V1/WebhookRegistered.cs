using MassTransit;

namespace Intel.Contracts.Alerts.V1;

/// <summary>
/// Retired: alerting once minted a webhook's secret and sent it here. partner-gateway now mints and keeps
/// every webhook secret and nothing publishes this; partner-gateway still consumes it so what was queued
/// before drains. Remove once no queue holds one.
/// </summary>
[MessageUrn("intel:alerts:v1:webhook-registered")]
[EntityName("intel.alerts.v1.webhook-registered")]
public sealed record WebhookRegistered
{
    public required Guid SubscriptionId { get; init; }
    public required string Agency { get; init; }
    public required string ClientId { get; init; }
    public required string Url { get; init; }

    /// <summary>"whsec_" + base64 of the random key, as Standard Webhooks writes it.</summary>
    public required string Secret { get; init; }

    public required DateTimeOffset At { get; init; }
}
