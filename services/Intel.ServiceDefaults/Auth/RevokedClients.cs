using System.Collections.Frozen;

namespace Intel.ServiceDefaults.Auth;

/// <summary>
/// The revoked clients as last fetched from partner-gateway. Swapped whole on each refresh, so a
/// request reads one consistent list without locking; a failed refresh leaves the last list in place.
/// </summary>
public sealed class RevokedClients : IRevocationCheck
{
    private sealed record Snapshot(FrozenDictionary<string, DateTimeOffset> Cutoffs, string? Version);

    private volatile Snapshot _current = new(FrozenDictionary<string, DateTimeOffset>.Empty, null);

    /// <summary>The entity tag of the list held, sent back so an unchanged list costs an empty 304.</summary>
    public string? Version => _current.Version;

    public int Count => _current.Cutoffs.Count;

    public ValueTask<bool> IsRevokedAsync(string clientId, DateTimeOffset issuedAt, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_current.Cutoffs.TryGetValue(clientId, out var cutoff) && issuedAt < cutoff);

    public void Replace(IEnumerable<ClientRevocation> revocations, string? version)
    {
        var cutoffs = revocations
            .GroupBy(r => r.ClientId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Max(r => r.RevokedAt), StringComparer.Ordinal);
        _current = new Snapshot(cutoffs, version);
    }
}
