using JasperFx.Events;
using Intel.Alerting.Alerts;
using Intel.Alerting.Subscriptions;
using Intel.ServiceDefaults.Messaging;
using Contract = Intel.Contracts.Alerts.V1;

namespace Intel.Alerting;

/// <summary>
/// What alerting tells the platform: an alert to deliver to a partner's webhook, and which webhooks are gone.
/// An alert whose subscription names no webhook is not published: analysts read it from the feed, and nothing
/// else consumes it, so it costs the broker and partner-gateway nothing.
/// </summary>
internal sealed class AlertingMessages : IOutboxMessages
{
    public IEnumerable<object> For(IEvent stored) => stored.Data switch
    {
        AlertRaised { WebhookUrl: not null } e => [new Contract.AlertRaised
        {
            AlertId = e.AlertId, SubscriptionId = e.SubscriptionId, Agency = e.Agency, ClientId = e.ClientId, Rule = e.Rule,
            ReportId = e.ReportId, EntityId = e.EntityId, Summary = e.Summary, RaisedAt = e.RaisedAt,
            ReportReceivedAt = e.ReportReceivedAt, WebhookUrl = e.WebhookUrl, ReportDisclosed = e.ReportDisclosed,
        }],
        WebhookRemoved e => [new Contract.WebhookRemoved { SubscriptionId = e.SubscriptionId, Agency = e.Agency, At = e.At }],
        _ => [],
    };
}
