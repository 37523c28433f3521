using Npgsql;

namespace Intel.ServiceDefaults.Store;

/// <summary>
/// PostgreSQL advisory locks held until the transaction ends, on keys named by strings: entity resolution's blocking
/// keys, alerting's alert groups. Each caller has its own lock class, in the two-integer lock space apart from Marten's
/// daemon lock (one bigint).
/// </summary>
public static class TransactionLocks
{
    /// <summary>
    /// Takes the keys' locks in one statement and in one order everywhere, so two transactions sharing keys wait for each
    /// other without deadlocking. Keys whose hashes collide merely wait for each other too.
    /// </summary>
    public static async Task HoldAsync(NpgsqlConnection connection, int lockClass, IEnumerable<string> keys, CancellationToken ct)
    {
        var hashes = keys.Select(Hash).Distinct().Order().ToArray();
        if (hashes.Length == 0)
        {
            return;
        }
        await using var command = new NpgsqlCommand(
            $"SELECT count(pg_advisory_xact_lock({lockClass}, k)) FROM (SELECT unnest(@keys) AS k ORDER BY 1) AS ordered", connection);
        command.Parameters.AddWithValue("keys", hashes);
        await command.ExecuteScalarAsync(ct);
    }

    // FNV-1a folded to 32 bits: stable across processes and replicas, unlike string.GetHashCode.
    private static int Hash(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return unchecked((int)hash);
    }
}
