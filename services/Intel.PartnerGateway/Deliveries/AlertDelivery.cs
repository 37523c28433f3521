namespace Intel.PartnerGateway.Deliveries;

public sealed record AlertDeliveryQueued(Guid AlertId, string Agency, string ClientId, string Rule, string? WebhookUrl, DateTimeOffset At);

/// <summary>The delivery of one alert to its partner; a stream per alert, keyed by the alert id.</summary>
public sealed record AlertDelivery(Guid Id, string Agency, string ClientId, string? WebhookUrl)
{
    public static AlertDelivery Create(AlertDeliveryQueued e) => new(e.AlertId, e.Agency, e.ClientId, e.WebhookUrl);
}
