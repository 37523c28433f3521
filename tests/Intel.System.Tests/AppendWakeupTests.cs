using System.Diagnostics;
using JasperFx.Events;
using Marten.Events;
using Weasel.Storage;
using Marten.Services;
using Intel.ServiceDefaults.Store;

namespace Intel.System.Tests;

/// <summary>
/// The daemon's wake-up on its own commits: a commit after a quiet spell is taken at once, whatever the daemon's timed
/// polls did meanwhile, and commits close behind a wake-up wait to be taken together. A window far wider than the
/// services' keeps the timings clear of a busy machine's scheduling.
/// </summary>
public sealed class AppendWakeupTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task A_commit_just_after_a_timed_poll_wakes_the_daemon_at_once()
    {
        using var wakeup = new AppendWakeup(Window);
        // The daemon's poll on its timer: nothing committed, the wait times out.
        await wakeup.WaitAsync(TimeSpan.FromMilliseconds(1), CancellationToken.None);
        await CommitEventsAsync(wakeup);

        var waited = await TimedWaitAsync(wakeup);

        Assert.True(waited < Window / 2, $"woken after {waited.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task Commits_close_behind_a_wake_up_are_taken_together_after_the_window()
    {
        using var wakeup = new AppendWakeup(Window);
        await CommitEventsAsync(wakeup);
        await TimedWaitAsync(wakeup);
        await CommitEventsAsync(wakeup);

        var waited = await TimedWaitAsync(wakeup);

        Assert.True(waited > Window / 2, $"woken after {waited.TotalMilliseconds:F0} ms");
    }

    private static async Task<TimeSpan> TimedWaitAsync(AppendWakeup wakeup)
    {
        var watch = Stopwatch.StartNew();
        await wakeup.WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
        return watch.Elapsed;
    }

    private static Task CommitEventsAsync(AppendWakeup wakeup) => wakeup.AfterCommitAsync(null!, new CommittedEvents(), CancellationToken.None);

    private sealed class CommittedEvents : IChangeSet
    {
        public IEnumerable<object> Updated => [];
        public IEnumerable<object> Inserted => [];
        public IEnumerable<IDeletion> Deleted => [];
        public IEnumerable<IEvent> GetEvents() => [new Event<string>("appended")];
        public IEnumerable<StreamAction> GetStreams() => [];
        public IChangeSet Clone() => this;
    }
}
