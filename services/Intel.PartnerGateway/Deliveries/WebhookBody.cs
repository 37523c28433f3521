using System.Text.Json;

namespace Intel.PartnerGateway.Deliveries;

/// <summary>The JSON a partner's webhook receives: the alert as GET /api/v1/alerts shows it, in a Standard Webhooks envelope.</summary>
public static class WebhookBody
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string For(AlertDelivery d) => JsonSerializer.Serialize(new
    {
        type = "alert.raised",
        timestamp = d.RaisedAt,
        data = new
        {
            id = d.Id, subscriptionId = d.SubscriptionId, rule = d.Rule, raisedAt = d.RaisedAt,
            reportId = d.ReportId, entityId = d.EntityId, summary = d.Summary,
        },
    }, Options);
}
