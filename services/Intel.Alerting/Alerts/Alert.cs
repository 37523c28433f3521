using Intel.ServiceDefaults.Identity;

namespace Intel.Alerting.Alerts;

public sealed record AlertRaised(
    Guid AlertId, Guid SubscriptionId, string Agency, string ClientId, string Rule, Guid ReportId, Guid EntityId,
    string Summary, string? WebhookUrl, DateTimeOffset RaisedAt, DateTimeOffset ReportReceivedAt, bool ReportDisclosed = true,
    string? HandlingConditions = null);

/// <summary>
/// Another report would have raised this open alert within the grouping window, so it was counted
/// here instead of alerting again. Its content is filtered exactly as a raised alert's is.
/// </summary>
public sealed record AlertRepeated(
    Guid AlertId, Guid ReportId, string Summary, DateTimeOffset At, DateTimeOffset ReportReceivedAt, bool ReportDisclosed,
    string? HandlingConditions);

public sealed record AlertAcknowledged(Guid AlertId, string By, DateTimeOffset At, string? ByName = null);

public sealed record AlertClosed(Guid AlertId, string By, DateTimeOffset At, string? ByName = null);

/// <summary>One alert and its lifecycle: raised, acknowledged, closed.</summary>
public sealed record Alert(Guid Id, string Agency, string ClientId, AlertStatus Status, AlertRaised Raised)
{
    public static Alert Create(AlertRaised e) => new(e.AlertId, e.Agency, e.ClientId, AlertStatus.Raised, e);

    public Alert Apply(AlertAcknowledged _) => Status == AlertStatus.Closed ? this : this with { Status = AlertStatus.Acknowledged };

    public Alert Apply(AlertClosed _) => this with { Status = AlertStatus.Closed };

    /// <summary>
    /// One alert per subscription, rule, entity and report: the id is derived from them, so however
    /// often the messages behind it arrive, a second alert cannot be started.
    /// </summary>
    public static Guid IdFor(Guid subscriptionId, string rule, Guid entityId, Guid reportId) =>
        DeterministicId.Of($"{subscriptionId:N}|{rule}|{entityId:N}|{reportId:N}");
}
