using JasperFx.Events.Daemon;
using Marten;
using Intel.ServiceDefaults.Messaging;
using Intel.ServiceDefaults.Warmup;

namespace Intel.ServiceDefaults.Store;

/// <summary>
/// Opens the connections a report's burst of work needs at once (a request or a consumer, the daemon, the outbox), which
/// the pool then keeps (<see cref="StoreSetup.HeldConnections"/>); has Marten check the storage of every document type and
/// of the events now rather than on each type's first use; and waits until the daemon runs the outbox, so the first event
/// committed is published at the daemon's first poll. All of it reads.
/// </summary>
internal sealed class StoreWarmup(IDocumentStore store, IProjectionCoordinator coordinator) : IWarmup
{
    /// <summary>How long to wait for the outbox here: in HotCold mode another replica may lead, and then it never runs here.</summary>
    private static readonly TimeSpan OutboxWithin = TimeSpan.FromSeconds(10);

    public async Task WarmAsync(CancellationToken ct)
    {
        await Task.WhenAll(Enumerable.Range(0, StoreSetup.HeldConnections).Select(async _ =>
        {
            await using var session = store.QuerySession();
            await session.QueryAsync<int>("select 1", ct);
        }));
        var database = store.Storage.Database;
        foreach (var mapping in store.Options.AllKnownDocumentTypes())
        {
            await database.EnsureStorageExistsAsync(mapping.DocumentType, ct);
        }
        await database.EnsureStorageExistsAsync(typeof(JasperFx.Events.IEvent), ct);
        await using (var session = store.QuerySession())
        {
            await session.Events.FetchStreamAsync(Guid.Empty, token: ct);
            // What every consumer reads first, for every message.
            await session.LoadAsync<ProcessedMessage>(ProcessedMessage.KeyFor("warm-up", Guid.Empty), ct);
        }
        try
        {
            await coordinator.DaemonForMainDatabase().WaitForShardToBeRunning(StoreSetup.OutboxShard, OutboxWithin);
        }
        catch (TimeoutException)
        {
            // Another replica leads the daemon: the outbox runs, warm, there.
        }
    }
}
