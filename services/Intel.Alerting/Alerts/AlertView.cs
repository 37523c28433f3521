using System.Globalization;

namespace Intel.Alerting.Alerts;

/// <summary>
/// An alert as its agency is shown it, in the list, on the stream and in its history alike. What
/// comes from a report the agency may not see is left out (hit/no-hit): its id, when it was
/// received and its handling conditions; its summary was written to name only its agency.
/// </summary>
public static class AlertView
{
    public static object Of(AlertFeedItem a) => new
    {
        id = a.Id, cursor = a.Cursor.ToString(CultureInfo.InvariantCulture), subscriptionId = a.SubscriptionId,
        rule = a.Rule, raisedAt = a.RaisedAt, reportReceivedAt = a.ReportDisclosed ? a.ReportReceivedAt : (DateTimeOffset?)null,
        reportId = a.ReportDisclosed ? a.ReportId : (Guid?)null, entityId = a.EntityId, summary = a.Summary,
        conditions = Conditions([(a.ReportDisclosed, a.HandlingConditions), .. a.Repeats.Select(r => (r.ReportDisclosed, r.HandlingConditions))]),
        count = 1 + a.Repeats.Count,
        reportIds = (a.ReportDisclosed ? [a.ReportId] : Array.Empty<Guid>()).Concat(a.Repeats.Where(r => r.ReportDisclosed).Select(r => r.ReportId)),
    };

    /// <summary>An event of the alert's history, filtered as the alert itself is.</summary>
    public static object HistoryData(object data) => data switch
    {
        AlertRaised e => new
        {
            alertId = e.AlertId, subscriptionId = e.SubscriptionId, rule = e.Rule, raisedAt = e.RaisedAt,
            reportId = e.ReportDisclosed ? e.ReportId : (Guid?)null, entityId = e.EntityId, summary = e.Summary,
            reportReceivedAt = e.ReportDisclosed ? e.ReportReceivedAt : (DateTimeOffset?)null,
            conditions = e.ReportDisclosed ? e.HandlingConditions : null,
        },
        AlertRepeated e => new
        {
            alertId = e.AlertId, at = e.At, reportId = e.ReportDisclosed ? e.ReportId : (Guid?)null, summary = e.Summary,
            reportReceivedAt = e.ReportDisclosed ? e.ReportReceivedAt : (DateTimeOffset?)null,
            conditions = e.ReportDisclosed ? e.HandlingConditions : null,
        },
        _ => data,
    };

    /// <summary>Handling conditions of the reports the agency may see: each travels with what derives from it.</summary>
    private static string? Conditions(IEnumerable<(bool Disclosed, string? Conditions)> reports) =>
        reports.Where(r => r.Disclosed).Select(r => r.Conditions).OfType<string>().Distinct().ToArray() is { Length: > 0 } all
            ? string.Join("; ", all)
            : null;
}
