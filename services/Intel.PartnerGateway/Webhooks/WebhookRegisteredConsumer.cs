using Marten;
using MassTransit;
using Intel.Contracts.Alerts.V1;
using Intel.PartnerGateway.Keys;
using Intel.ServiceDefaults.Messaging;

namespace Intel.PartnerGateway.Webhooks;

/// <summary>
/// Keeps a webhook whose secret alerting minted before partner-gateway minted them all, encrypted, for the
/// delivery worker: <see cref="WebhookRegistered"/> is no longer published, and this drains what was queued.
/// </summary>
public sealed class WebhookRegisteredConsumer(IDocumentStore store, KeyProtector protector, TimeProvider clock, ILogger<WebhookRegisteredConsumer> logger)
    : IdempotentConsumer<WebhookRegistered>(store, clock, logger)
{
    protected override Task HandleAsync(ConsumeContext<WebhookRegistered> context, IDocumentSession session)
    {
        var m = context.Message;
        var key = Convert.FromBase64String(m.Secret.StartsWith(WebhookEndpoint.SecretPrefix, StringComparison.Ordinal) ? m.Secret[WebhookEndpoint.SecretPrefix.Length..] : m.Secret);
        session.Store(new WebhookEndpoint(m.SubscriptionId, m.Agency, m.ClientId, m.Url,
            protector.Protect(WebhookEndpoint.KeyIdFor(m.SubscriptionId), key), m.At));
        return Task.CompletedTask;
    }
}
