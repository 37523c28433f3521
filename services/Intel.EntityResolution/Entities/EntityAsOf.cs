using System.Globalization;
using Marten;

namespace Intel.EntityResolution.Entities;

/// <summary>
/// An entity now (its stored state) or as it stood at a past instant (its events up to then, folded): one rule for
/// every endpoint that answers <c>asOf</c>, so history and network agree on what was known then.
/// </summary>
public static class EntityAsOf
{
    /// <summary>The instant an <c>asOf</c> parameter names (ISO 8601, UTC unless it says otherwise); false for a bad value.</summary>
    public static bool TryRead(string? asOf, out DateTimeOffset? at)
    {
        at = null;
        if (asOf is null)
        {
            return true;
        }
        if (!DateTimeOffset.TryParse(asOf, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return false;
        }
        at = parsed;
        return true;
    }

    public const string Refusal = "asOf must be a date and time such as 2025-03-01T00:00:00Z.";

    public static async Task<Entity?> LoadAsync(IQuerySession session, Guid id, DateTimeOffset? asOf, CancellationToken ct) =>
        asOf is { } at ? await session.Events.AggregateStreamAsync<Entity>(id, timestamp: at, token: ct) : await session.LoadAsync<Entity>(id, ct);
}
