using JasperFx.Events;
using Marten.Events.Projections;

namespace Intel.Alerting.Alerts;

/// <summary>
/// An alert in its agency's feed. The cursor is the event's sequence, and the feed is built by the
/// async daemon, which applies events strictly in sequence order: a reader that has seen cursor N
/// can never later find an alert below N, so paging and stream resumes lose nothing.
/// </summary>
public sealed record AlertFeedItem(
    Guid Id, long Cursor, Guid SubscriptionId, string Agency, string Rule, DateTimeOffset RaisedAt,
    Guid ReportId, Guid EntityId, string Summary, DateTimeOffset ReportReceivedAt, bool ReportDisclosed,
    string? HandlingConditions = null);

public sealed partial class AlertFeedProjection : EventProjection
{
    public AlertFeedItem Create(IEvent<AlertRaised> e) => new(
        e.Data.AlertId, e.Sequence, e.Data.SubscriptionId, e.Data.Agency, e.Data.Rule, e.Data.RaisedAt,
        e.Data.ReportId, e.Data.EntityId, e.Data.Summary, e.Data.ReportReceivedAt, e.Data.ReportDisclosed, e.Data.HandlingConditions);
}
