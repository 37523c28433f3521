using Marten;
using MassTransit;
using Intel.Contracts.Alerts.V1;
using Intel.PartnerGateway.Keys;
using Intel.ServiceDefaults.Messaging;

namespace Intel.PartnerGateway.Webhooks;

/// <summary>Keeps each new webhook and its secret, encrypted, for the delivery worker.</summary>
public sealed class WebhookRegisteredConsumer(IDocumentStore store, KeyProtector protector, ILogger<WebhookRegisteredConsumer> logger)
    : IdempotentConsumer<WebhookRegistered>(store, logger)
{
    private const string Prefix = "whsec_";

    protected override Task HandleAsync(ConsumeContext<WebhookRegistered> context, IDocumentSession session)
    {
        var m = context.Message;
        var key = Convert.FromBase64String(m.Secret.StartsWith(Prefix, StringComparison.Ordinal) ? m.Secret[Prefix.Length..] : m.Secret);
        session.Store(new WebhookEndpoint(m.SubscriptionId, m.Agency, m.ClientId, m.Url,
            protector.Protect(WebhookEndpoint.KeyIdFor(m.SubscriptionId), key), m.At));
        return Task.CompletedTask;
    }
}
