using Marten;
using MassTransit;
using Intel.Contracts.Alerts.V1;
using Intel.ServiceDefaults.Messaging;

namespace Intel.PartnerGateway.Webhooks;

/// <summary>Forgets a deleted subscription's webhook and secret; its pending deliveries then fail and are dead-lettered.</summary>
public sealed class WebhookRemovedConsumer(IDocumentStore store, TimeProvider clock, ILogger<WebhookRemovedConsumer> logger)
    : IdempotentConsumer<WebhookRemoved>(store, clock, logger)
{
    protected override Task HandleAsync(ConsumeContext<WebhookRemoved> context, IDocumentSession session)
    {
        session.Delete<WebhookEndpoint>(context.Message.SubscriptionId);
        return Task.CompletedTask;
    }
}
