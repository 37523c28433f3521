using Marten;
using Marten.Services;

namespace Intel.Alerting.Alerts;

/// <summary>
/// Wakes open alert streams as soon as the daemon has committed new feed items, so a stream
/// does not have to poll the database to deliver within the second.
/// </summary>
public sealed class AlertFeedSignal : IChangeListener
{
    private TaskCompletionSource _next = NewSource();

    /// <summary>Completes at the next commit of the feed, or after the fallback interval.</summary>
    public Task NextAsync(TimeSpan fallback, CancellationToken ct) =>
        Volatile.Read(ref _next).Task.WaitAsync(fallback, ct).ContinueWith(_ => { }, ct, TaskContinuationOptions.None, TaskScheduler.Default);

    public Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (commit.Inserted.OfType<AlertFeedItem>().Any() || commit.Updated.OfType<AlertFeedItem>().Any())
        {
            Interlocked.Exchange(ref _next, NewSource()).TrySetResult();
        }
        return Task.CompletedTask;
    }

    public Task BeforeCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token) => Task.CompletedTask;

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
