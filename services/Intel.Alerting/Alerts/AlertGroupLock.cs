using Marten;
using Npgsql;
using Intel.ServiceDefaults.Identity;

namespace Intel.Alerting.Alerts;

/// <summary>
/// Grouping reads a group's newest alert (same subscription, rule and entity) and then raises or counts on it: two
/// reports of one group decided side by side would each read no alert, or the same count, and each write. Holding
/// the group's lock from before that read until the commit makes the second decide on what the first wrote.
/// </summary>
public static class AlertGroupLock
{
    // Advisory lock class of alert groups, in the two-integer lock space: apart from Marten's daemon lock (one bigint).
    private const int LockClass = 0x414c_5254;

    /// <summary>
    /// Begins the session's transaction and locks the candidates' groups until it ends, in one statement and in one order
    /// everywhere, so two reports sharing groups wait for each other without deadlocking.
    /// </summary>
    public static async Task LockAsync(IDocumentSession session, IEnumerable<AlertRaised> candidates, CancellationToken ct)
    {
        var keys = candidates.Select(KeyOf).Distinct().Order().ToArray();
        if (keys.Length == 0)
        {
            return;
        }
        await session.BeginTransactionAsync(ct);
        await using var command = new NpgsqlCommand(
            $"SELECT count(pg_advisory_xact_lock({LockClass}, k)) FROM (SELECT unnest(@keys) AS k ORDER BY 1) AS ordered",
            (NpgsqlConnection)session.Connection!);
        command.Parameters.AddWithValue("keys", keys);
        await command.ExecuteScalarAsync(ct);
    }

    // A hash of the group, the same in every process and replica (string.GetHashCode is not); groups sharing one merely wait.
    private static int KeyOf(AlertRaised candidate) =>
        BitConverter.ToInt32(DeterministicId.Of($"{candidate.SubscriptionId:N}|{candidate.Rule}|{candidate.EntityId:N}").ToByteArray());
}
