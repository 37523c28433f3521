using JasperFx.Events;
using Intel.Alerting.Alerts;
using Intel.ServiceDefaults.Messaging;
using Contract = Intel.Contracts.Alerts.V1;

namespace Intel.Alerting;

/// <summary>What alerting tells the platform: an alert was raised (for delivery to partners).</summary>
internal sealed class AlertingMessages : IOutboxMessages
{
    public IEnumerable<object> For(IEvent stored) => stored.Data switch
    {
        AlertRaised e => [new Contract.AlertRaised
        {
            AlertId = e.AlertId, SubscriptionId = e.SubscriptionId, Agency = e.Agency, ClientId = e.ClientId, Rule = e.Rule,
            ReportId = e.ReportId, EntityId = e.EntityId, Summary = e.Summary, RaisedAt = e.RaisedAt,
            ReportReceivedAt = e.ReportReceivedAt, WebhookUrl = e.WebhookUrl, ReportDisclosed = e.ReportDisclosed,
        }],
        _ => [],
    };
}
