using JasperFx.Events;

namespace Intel.ServiceDefaults.History;

/// <summary>One stored event as API.md shows history: what happened, when, by whom, with its data.</summary>
public sealed record HistoryEntry(string Type, DateTimeOffset At, string? By, object Data)
{
    public static HistoryEntry From(IEvent e) =>
        new(e.EventTypeName.Replace('_', '-'), e.Timestamp, e.UserName, e.Data);
}
