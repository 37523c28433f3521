using MassTransit;

namespace Intel.Contracts.Alerts.V1;

/// <summary>
/// A subscription with a webhook was created. Carries the webhook's signing secret, once, to
/// partner-gateway, which signs deliveries with it; alerts themselves never carry the secret.
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
