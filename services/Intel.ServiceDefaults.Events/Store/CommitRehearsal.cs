using Marten;
using Marten.Services;
using Npgsql;

namespace Intel.ServiceDefaults.Store;

/// <summary>
/// A service's commit rehearsed before it reports ready and undone: the warm-up's events and documents are saved as a
/// handler saves them (inline snapshots, upserts, the append and its SQL) and the streams read back as the daemon reads
/// them, in a transaction that is then rolled back. The event sequence is restarted inside that transaction first, so the
/// rollback restores it too (PostgreSQL keeps a restart transactional): no sequence number is spent and no daemon waits
/// out a gap. Other appends wait for the sequence until the rollback, a second or so once per start.
/// </summary>
public sealed class CommitRehearsal(IDocumentStore store)
{
    /// <param name="write">The events and documents, staged as a handler stages them.</param>
    /// <param name="streams">The streams to read back once saved.</param>
    /// <param name="then">What the async daemon would do next with those streams, on the same rolled-back transaction.</param>
    public async Task RehearseAsync(
        Action<IDocumentSession> write, IReadOnlyCollection<Guid> streams, CancellationToken ct, Func<IDocumentSession, Task>? then = null)
    {
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        try
        {
            var sequence = $"{((StoreOptions)store.Options).Events.DatabaseSchemaName}.mt_events_sequence";
            await using (var restart = new NpgsqlCommand(
                $"DO $$ BEGIN EXECUTE format('ALTER SEQUENCE {sequence} RESTART WITH %s', (SELECT last_value + 1 FROM {sequence})); END $$",
                connection, transaction))
            {
                await restart.ExecuteNonQueryAsync(ct);
            }
            await using var session = store.LightweightSession(SessionOptions.ForTransaction(transaction, shouldAutoCommit: false));
            // Stamped as a traced session stamps its events (TracedSessions), so their headers take the same path.
            session.SetHeader(TracedSessions.TraceParentHeader, "00-00000000000000000000000000000001-0000000000000001-00");
            session.CorrelationId = "warm-up";
            session.LastModifiedBy = "warm-up";
            write(session);
            await session.SaveChangesAsync(ct);
            foreach (var stream in streams)
            {
                await session.Events.FetchStreamAsync(stream, token: ct);
            }
            if (then is not null)
            {
                await then(session);
            }
        }
        finally
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
    }
}
