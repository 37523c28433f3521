using System.Text.Json;

namespace Intel.AnalystConsole.Entities;

/// <summary>One event of GET /api/v1/entities/{id}/history: what happened, when, and for a decision who decided and why.</summary>
public sealed record HistoryEntry(string Type, DateTimeOffset At, string? By, JsonElement Data)
{
    public string? ByName => Text("byName") ?? (Text("reason") is null ? null : By);

    public string? Reason => Text("reason");

    private string? Text(string property) =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
