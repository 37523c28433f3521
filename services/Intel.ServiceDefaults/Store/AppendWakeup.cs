using JasperFx.Events.Daemon.HighWater;
using Marten;
using Marten.Services;

namespace Intel.ServiceDefaults.Store;

/// <summary>
/// Wakes this process's async daemon the moment a session of it commits events, so the outbox and
/// async projections see them at once instead of at the daemon's next poll (which, between reports,
/// is the slow one). Polling stays the fallback: events another replica appended are found by it.
/// </summary>
public sealed class AppendWakeup : DocumentSessionListenerBase, IDaemonWakeup
{
    private readonly SemaphoreSlim _appended = new(0, 1);

    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (commit.GetEvents().Any())
        {
            Signal();
        }
        return Task.CompletedTask;
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken token) => _appended.WaitAsync(timeout, token);

    public void Dispose() => _appended.Dispose();

    private void Signal()
    {
        // One pending wake-up is enough: the next poll sees every event committed before it.
        try
        {
            if (_appended.CurrentCount == 0)
            {
                _appended.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Another commit signalled in between: the daemon wakes once for both.
        }
    }
}
