using System.Diagnostics;
using JasperFx.Events.Daemon.HighWater;
using Marten;
using Marten.Services;

namespace Intel.ServiceDefaults.Store;

/// <summary>
/// Wakes this process's async daemon when a session of it commits events (at once after a quiet spell,
/// within 100 ms under load), so the outbox and async projections need not wait for the daemon's next
/// poll, which between reports is the slow one. Polling stays the fallback: events another replica
/// appended are found by it.
/// </summary>
public sealed class AppendWakeup : DocumentSessionListenerBase, IDaemonWakeup
{
    private static readonly TimeSpan Coalescing = TimeSpan.FromMilliseconds(100);
    private readonly SemaphoreSlim _appended = new(0, 1);
    private long _lastPoll;

    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (commit.GetEvents().Any())
        {
            Signal();
        }
        return Task.CompletedTask;
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken token)
    {
        if (await _appended.WaitAsync(timeout, token))
        {
            // Commits within 100 ms of the last poll are taken together by the next: under load a poll per commit
            // spends more on high-water queries than it saves in waiting (at 100 reports/s on two cores the
            // platform fell behind), while an event after a quiet spell is taken at once.
            var sinceLastPoll = Stopwatch.GetElapsedTime(Volatile.Read(ref _lastPoll));
            if (sinceLastPoll < Coalescing)
            {
                await Task.Delay(Coalescing - sinceLastPoll, token);
            }
        }
        Volatile.Write(ref _lastPoll, Stopwatch.GetTimestamp());
    }

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
