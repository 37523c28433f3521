using System.Text.Json;

namespace Intel.AnalystConsole.Alerts;

/// <summary>An alert as the alert stream and list send it (API.md, "Subscriptions and alerts").</summary>
public sealed record AlertMessage(
    Guid Id, string Cursor, Guid SubscriptionId, string Rule, DateTimeOffset RaisedAt, Guid? ReportId, Guid EntityId,
    string Summary, string? Conditions, int Count);

/// <summary>One event of an alert's history: raised, repeated, acknowledged, closed, and who did it.</summary>
public sealed record AlertHistoryEntry(string Type, DateTimeOffset At, string? By, JsonElement Data)
{
    /// <summary>The person's name when a person acted, else the client that did.</summary>
    public string? Actor => Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty("byName", out var name)
        && name.GetString() is { Length: > 0 } person ? person : By;
}

/// <summary>An alert in the person's inbox: the latest the stream said of it, its state, and its history once read.</summary>
public sealed record InboxAlert(AlertMessage Alert, string State, IReadOnlyList<AlertHistoryEntry> History)
{
    public const string Raised = "raised";
    public const string Acknowledged = "acknowledged";
    public const string Closed = "closed";

    public bool Unread => State == Raised;

    /// <summary>The state the history ends in: closed beats acknowledged, as in alerting's own lifecycle.</summary>
    public static string StateOf(IReadOnlyList<AlertHistoryEntry> history) =>
        history.Any(e => e.Type.EndsWith("closed", StringComparison.Ordinal)) ? Closed
        : history.Any(e => e.Type.EndsWith("acknowledged", StringComparison.Ordinal)) ? Acknowledged
        : Raised;
}
