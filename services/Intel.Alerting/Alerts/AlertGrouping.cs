namespace Intel.Alerting.Alerts;

/// <summary>
/// A report counted on an existing alert. Its id is the one the report's own alert would have had,
/// so however often the report arrives again, it is found already alerted and counted once.
/// </summary>
public sealed record GroupedReport(Guid Id, Guid AlertId);

/// <summary>The pure decision of whether a matched report raises an alert, is counted on an open one, or is already alerted.</summary>
public static class AlertGrouping
{
    /// <summary>
    /// The event to store: <see cref="AlertRaised"/> for a new alert, <see cref="AlertRepeated"/> on
    /// <paramref name="latest"/> (the newest alert of the same subscription, rule and entity) while it
    /// is open and within the window, or null when this report is already in an alert.
    /// </summary>
    public static object? Decide(AlertRaised candidate, bool alreadyAlerted, Alert? latest, TimeSpan window)
    {
        if (alreadyAlerted)
        {
            return null;
        }
        return latest is not null && window > TimeSpan.Zero && SameGroup(candidate, latest.Raised) && latest.Status != AlertStatus.Closed
            && candidate.RaisedAt - latest.Raised.RaisedAt < window
            ? new AlertRepeated(latest.Id, candidate.ReportId, candidate.Summary, candidate.RaisedAt, candidate.ReportReceivedAt,
                candidate.ReportDisclosed, candidate.HandlingConditions)
            : candidate;
    }

    private static bool SameGroup(AlertRaised a, AlertRaised b) =>
        a.SubscriptionId == b.SubscriptionId && a.Rule == b.Rule && a.EntityId == b.EntityId;
}
