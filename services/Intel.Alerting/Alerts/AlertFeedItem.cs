using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Intel.Alerting.Alerts;

/// <summary>
/// An alert in its agency's feed. The cursor is the sequence of the alert's latest raised or
/// repeated event, and the feed is built by the async daemon, which applies events strictly in
/// sequence order: a reader that has seen cursor N can never later find an alert below N, so paging
/// and stream resumes lose nothing. An alert counting another report moves to a new cursor, so
/// readers past its old one hear of it again.
/// </summary>
public sealed record AlertFeedItem(
    Guid Id, long Cursor, Guid SubscriptionId, string Agency, string Rule, DateTimeOffset RaisedAt,
    Guid ReportId, Guid EntityId, string Summary, DateTimeOffset ReportReceivedAt, bool ReportDisclosed,
    string? HandlingConditions = null)
{
    /// <summary>The reports counted on this alert after the one that raised it, oldest first.</summary>
    public IReadOnlyList<AlertRepeated> Repeats { get; init; } = [];
}

public sealed partial class AlertFeedProjection : SingleStreamProjection<AlertFeedItem, Guid>
{
    public static AlertFeedItem Create(IEvent<AlertRaised> e) => new(
        e.Data.AlertId, e.Sequence, e.Data.SubscriptionId, e.Data.Agency, e.Data.Rule, e.Data.RaisedAt,
        e.Data.ReportId, e.Data.EntityId, e.Data.Summary, e.Data.ReportReceivedAt, e.Data.ReportDisclosed, e.Data.HandlingConditions);

    public static AlertFeedItem Apply(IEvent<AlertRepeated> e, AlertFeedItem item) =>
        item with { Cursor = e.Sequence, Repeats = [.. item.Repeats, e.Data] };
}
