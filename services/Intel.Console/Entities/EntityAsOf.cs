using System.Globalization;

namespace Intel.AnalystConsole.Entities;

/// <summary>GET /api/v1/entities/{id}/history?asOf=…: the entity as it stood then, or none if the person could not have seen it then.</summary>
public sealed record EntityAsOf(DateTimeOffset AsOf, EntityDetails? Entity)
{
    /// <summary>A time as the control sends it (a local date and time without zone, read as UTC), or null.</summary>
    public static DateTimeOffset? Parse(string? asOf) =>
        DateTimeOffset.TryParse(asOf, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at) ? at : null;

    /// <summary>The query that carries the time to another page (the network, back to the entity), or nothing for now.</summary>
    public static string Query(DateTimeOffset? at) => at is { } time ? "?asOf=" + Uri.EscapeDataString(time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)) : "";
}
