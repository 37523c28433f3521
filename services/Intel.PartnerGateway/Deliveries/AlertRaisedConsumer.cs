using Marten;
using MassTransit;
using Intel.Contracts.Alerts.V1;
using Intel.PartnerGateway.Agencies;
using Intel.ServiceDefaults.Messaging;

namespace Intel.PartnerGateway.Deliveries;

/// <summary>
/// Takes each raised alert into the partner's delivery history. The HTTP call is left to
/// <see cref="DeliveryWorker"/>, so a slow partner never holds up this queue. Alerting publishes only
/// alerts whose subscription names a webhook; one without is nothing to deliver and leaves no history.
/// An alert for an agency partner-gateway never registered has no one to go to: it is refused, not retried.
/// </summary>
public sealed class AlertRaisedConsumer(IDocumentStore store, TimeProvider clock, ILogger<AlertRaisedConsumer> logger)
    : IdempotentConsumer<AlertRaised>(store, clock, logger)
{
    protected override string? RefusalOf(AlertRaised message) =>
        string.IsNullOrWhiteSpace(message.Agency) ? "it names no agency"
        : string.IsNullOrWhiteSpace(message.ClientId) ? "it names no client"
        : null;

    protected override async Task HandleAsync(ConsumeContext<AlertRaised> context, IDocumentSession session)
    {
        var alert = context.Message;
        if (alert.WebhookUrl is null)
        {
            return;
        }
        // Agencies are only ever added, and partner-gateway adds them itself before any alert can name one.
        if (await session.LoadAsync<Agency>(Agency.StreamIdFor(alert.Agency), context.CancellationToken) is null)
        {
            throw new MessageRefusedException($"{nameof(AlertRaisedConsumer)} refuses AlertRaised {context.MessageId}: it names agency '{alert.Agency}', which partner-gateway does not know");
        }
        session.Events.StartStream<AlertDelivery>(alert.AlertId,
            new AlertDeliveryQueued(alert.AlertId, alert.Agency, alert.ClientId, alert.Rule, alert.WebhookUrl, Clock.GetUtcNow())
            {
                SubscriptionId = alert.SubscriptionId, RaisedAt = alert.RaisedAt, EntityId = alert.EntityId, Summary = alert.Summary,
                ReportId = alert.ReportDisclosed ? alert.ReportId : null,
            });
    }
}
