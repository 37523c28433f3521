using Marten;
using MassTransit;
using Intel.Contracts.Alerts.V1;
using Intel.ServiceDefaults.Messaging;

namespace Intel.PartnerGateway.Deliveries;

/// <summary>
/// Takes each raised alert into the partner's delivery history. The HTTP call is left to
/// <see cref="DeliveryWorker"/>, so a slow partner never holds up this queue. Alerting publishes only
/// alerts whose subscription names a webhook; one without is nothing to deliver and leaves no history.
/// </summary>
public sealed class AlertRaisedConsumer(IDocumentStore store, ILogger<AlertRaisedConsumer> logger)
    : IdempotentConsumer<AlertRaised>(store, logger)
{
    protected override Task HandleAsync(ConsumeContext<AlertRaised> context, IDocumentSession session)
    {
        var alert = context.Message;
        if (alert.WebhookUrl is null)
        {
            return Task.CompletedTask;
        }
        session.Events.StartStream<AlertDelivery>(alert.AlertId,
            new AlertDeliveryQueued(alert.AlertId, alert.Agency, alert.ClientId, alert.Rule, alert.WebhookUrl, DateTimeOffset.UtcNow)
            {
                SubscriptionId = alert.SubscriptionId, RaisedAt = alert.RaisedAt, EntityId = alert.EntityId, Summary = alert.Summary,
                ReportId = alert.ReportDisclosed ? alert.ReportId : null,
            });
        return Task.CompletedTask;
    }
}
