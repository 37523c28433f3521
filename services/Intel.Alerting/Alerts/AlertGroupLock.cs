using Marten;
using Npgsql;
using Intel.ServiceDefaults.Store;

namespace Intel.Alerting.Alerts;

/// <summary>
/// Grouping reads a group's newest alert (same subscription, rule and entity) and then raises or counts on it: two
/// reports of one group decided side by side would each read no alert, or the same count, and each write. Holding
/// the group's lock from before that read until the commit makes the second decide on what the first wrote. An analyst's
/// close or acknowledgement holds it for its commit (<see cref="AlertLifecycle.SaveAsync"/>), so a report that read the
/// alert open is never counted on it after the close.
/// </summary>
public static class AlertGroupLock
{
    // The advisory lock class of alert groups (TransactionLocks).
    internal const int LockClass = 0x414c_5254;

    /// <summary>
    /// Begins the session's transaction and locks the candidates' groups until it ends, in one statement and in one order
    /// everywhere, so two reports sharing groups wait for each other without deadlocking.
    /// </summary>
    public static async Task LockAsync(IDocumentSession session, IEnumerable<AlertRaised> candidates, CancellationToken ct)
    {
        var groups = candidates.Select(c => $"{c.SubscriptionId:N}|{c.Rule}|{c.EntityId:N}").ToList();
        if (groups.Count == 0)
        {
            return;
        }
        await session.BeginTransactionAsync(ct);
        await TransactionLocks.HoldAsync((NpgsqlConnection)session.Connection!, LockClass, groups, ct);
    }
}
