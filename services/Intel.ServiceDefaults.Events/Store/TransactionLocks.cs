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
    public static Task HoldAsync(NpgsqlConnection connection, int lockClass, IEnumerable<string> keys, CancellationToken ct) =>
        HoldAsync(connection, lockClass, keys, [], ct);

    /// <summary>
    /// As <see cref="HoldAsync(NpgsqlConnection, int, IEnumerable{string}, CancellationToken)"/>, with some keys held
    /// shared: those wait only for an exclusive holder, so transactions that merely share them run side by side. Both
    /// kinds are taken in the one order, so still without deadlocking; a key given as both is held exclusively.
    /// </summary>
    public static async Task HoldAsync(
        NpgsqlConnection connection, int lockClass, IEnumerable<string> exclusive, IEnumerable<string> shared, CancellationToken ct)
    {
        if (Command(lockClass, exclusive, shared) is not { } hold)
        {
            return;
        }
        await using var batch = new NpgsqlBatch(connection) { BatchCommands = { hold } };
        await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// The statement taking the keys' locks, as <see cref="HoldAsync(NpgsqlConnection, int, IEnumerable{string}, IEnumerable{string}, CancellationToken)"/>
    /// takes them, for a batch whose later statements need them held; null when there are none.
    /// </summary>
    public static NpgsqlBatchCommand? Command(int lockClass, IEnumerable<string> exclusive, IEnumerable<string> shared)
    {
        var exclusiveHashes = exclusive.Select(Hash).ToHashSet();
        var locks = exclusiveHashes.Select(h => (Hash: h, Exclusive: true))
            .Concat(shared.Select(Hash).Where(h => !exclusiveHashes.Contains(h)).Distinct().Select(h => (Hash: h, Exclusive: false)))
            .OrderBy(l => l.Hash)
            .ToArray();
        if (locks.Length == 0)
        {
            return null;
        }
        var command = new NpgsqlBatchCommand(
            $"""
            SELECT count(CASE WHEN x THEN pg_advisory_xact_lock({lockClass}, k) ELSE pg_advisory_xact_lock_shared({lockClass}, k) END)
            FROM (SELECT * FROM unnest(@keys, @exclusive) AS u(k, x) ORDER BY k) AS ordered
            """);
        command.Parameters.AddWithValue("keys", locks.Select(l => l.Hash).ToArray());
        command.Parameters.AddWithValue("exclusive", locks.Select(l => l.Exclusive).ToArray());
        return command;
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
