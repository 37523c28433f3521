using System.Text.Json;

namespace Intel.Testing;

/// <summary>
/// Messages a consumer cannot process, written as raw MassTransit envelopes so nothing in a service has
/// to help make them: what a faulty or foreign publisher on the broker could send.
/// </summary>
public static class PoisonMessages
{
    public const string ReportIngestedExchange = "intel.reports.v1.report-ingested";
    public const string ReportIngestedQueue = "entity-resolution-report-ingested";

    public const string AlertRaisedExchange = "intel.alerts.v1.alert-raised";
    public const string AlertRaisedQueue = "partner-gateway-alert-raised";

    /// <summary>An AlertRaised for an agency partner-gateway never registered: there is no one to deliver it to.</summary>
    public static (Guid MessageId, byte[] Envelope) AlertRaisedForUnknownAgency(string agency, string webhookUrl) =>
        Envelope("urn:message:intel:alerts:v1:alert-raised", new
        {
            alertId = Guid.NewGuid(), subscriptionId = Guid.NewGuid(), agency, clientId = $"{agency}-analyst", rule = "watched-entity-seen",
            reportId = Guid.NewGuid(), entityId = Guid.NewGuid(), summary = "An alert for nobody.", raisedAt = DateTimeOffset.UtcNow,
            reportReceivedAt = DateTimeOffset.UtcNow, webhookUrl,
        });

    /// <summary>
    /// A ReportIngested whose link names a ref the report does not have. Ingestion refuses such a report at
    /// the door, so only a publisher other than ingestion can send it; entity resolution fails on it every time.
    /// </summary>
    public static (Guid MessageId, byte[] Envelope) ReportIngestedWithDanglingLink(
        Guid reportId, string reference, string agency, string phone, params string[] releasableTo)
        => Envelope("urn:message:intel:reports:v1:report-ingested", new
        {
            reportId, reference, agency, releasableTo, tlp = "amber",
            grading = new { source = "2", intelligence = "B", handling = "P" },
            receivedAt = DateTimeOffset.UtcNow,
            entities = new[] { new { @ref = "ph1", type = "phone", number = phone, country = "IQ" } },
            links = new[] { new { from = "ph1", to = "nobody", type = "uses" } },
        });

    private static (Guid MessageId, byte[] Envelope) Envelope(string messageType, object message)
    {
        var messageId = Guid.NewGuid();
        var envelope = new { messageId, conversationId = Guid.NewGuid(), messageType = new[] { messageType }, sentTime = DateTimeOffset.UtcNow, message };
        return (messageId, JsonSerializer.SerializeToUtf8Bytes(envelope, JsonSerializerOptions.Web));
    }
}
