using System.Diagnostics;
using JasperFx.Events.Daemon.HighWater;
using Marten;
using Marten.Services;

namespace Intel.ServiceDefaults.Store;

/// <summary>
/// Wakes this process's async daemon when a session of it commits events (at once after a quiet spell,
/// within <see cref="Coalescing"/> under load), so the outbox and async projections need not wait for the
/// daemon's next poll, which between reports is the slow one. Polling stays the fallback: events another
/// replica appended are found by it.
/// </summary>
/// <param name="coalescing">How long after a wake-up further commits wait to be taken together.</param>
public sealed class AppendWakeup(TimeSpan coalescing) : DocumentSessionListenerBase, IDaemonWakeup
{
    /// <summary>The window the services run with.</summary>
    public static readonly TimeSpan Coalescing = TimeSpan.FromMilliseconds(100);

    private readonly SemaphoreSlim _appended = new(0, 1);
    private long _lastWake;

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
        if (!await _appended.WaitAsync(timeout, token))
        {
            return;
        }
        // Commits within the window of the last wake-up are taken together by the next poll: under load a poll per
        // commit spends more on high-water queries than it saves in waiting (at 100 reports/s on two cores the
        // platform fell behind). Only wake-ups count: the daemon's own timed polls (every 500 ms when idle, 100 ms
        // after events) say nothing of load, and counting them held a commit that followed one by up to 100 ms, one
        // commit in five after a quiet spell.
        var sinceLastWake = Stopwatch.GetElapsedTime(Volatile.Read(ref _lastWake));
        if (sinceLastWake < coalescing)
        {
            await Task.Delay(coalescing - sinceLastWake, token);
        }
        Volatile.Write(ref _lastWake, Stopwatch.GetTimestamp());
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
