using Marten;
using MassTransit;
using Intel.Contracts.Alerts.V1;
using Intel.ServiceDefaults.Messaging;

namespace Intel.PartnerGateway.Deliveries;

/// <summary>Takes each raised alert into the partner's delivery history.</summary>
public sealed class AlertRaisedConsumer(IDocumentStore store, ILogger<AlertRaisedConsumer> logger)
    : IdempotentConsumer<AlertRaised>(store, logger)
{
    protected override Task HandleAsync(ConsumeContext<AlertRaised> context, IDocumentSession session)
    {
        var alert = context.Message;
        session.Events.StartStream<AlertDelivery>(alert.AlertId,
            new AlertDeliveryQueued(alert.AlertId, alert.Agency, alert.ClientId, alert.Rule, alert.WebhookUrl, DateTimeOffset.UtcNow));
        return Task.CompletedTask;
    }
}
